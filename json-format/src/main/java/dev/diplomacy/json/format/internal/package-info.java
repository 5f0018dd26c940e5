/**
 * The format's logic, written once for both bindings: the codec of each type, against the tokens of
 * {@link dev.diplomacy.json.format.internal.TokenReader} and {@link
 * dev.diplomacy.json.format.internal.TokenWriter}, which each binding implements over its Jackson;
 * and the reading and writing of NDJSON. Exported to the two bindings only; not API.
 */
@NullMarked
package dev.diplomacy.json.format.internal;

import org.jspecify.annotations.NullMarked;
