/** The JSON binding of diplomacy's types. */
@NullMarked
package dev.diplomacy.json;

import org.jspecify.annotations.NullMarked;
