/**
 * The JSON binding of diplomacy's types, on Jackson 3.
 *
 * <ul>
 *   <li>{@link dev.diplomacy.json.DiplomacyJson}: reads and writes safely, strict or lenient
 *       ({@link dev.diplomacy.json.format.Mode}), under {@link
 *       dev.diplomacy.json.format.JsonLimits};
 *   <li>{@link dev.diplomacy.json.DiplomacyModule}: the Jackson module, for a mapper of your own;
 *   <li>{@link dev.diplomacy.json.NdjsonReader} and {@link dev.diplomacy.json.NdjsonWriter}: one
 *       value per line, in constant memory, with an {@link dev.diplomacy.json.format.ErrorPolicy};
 *   <li>{@link dev.diplomacy.json.format.DiplomacyJsonException}: every failure, as a list of
 *       {@link dev.diplomacy.json.format.Problem}s with JSON Pointers and stable codes.
 * </ul>
 *
 * <p>The format is documented in the module's {@code FORMAT.md}, and published as a JSON Schema at
 * the resource {@code dev/diplomacy/json/schema/diplomacy-1.schema.json}.
 */
@NullMarked
package dev.diplomacy.json;

import org.jspecify.annotations.NullMarked;
