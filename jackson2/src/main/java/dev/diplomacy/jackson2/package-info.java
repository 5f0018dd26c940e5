/**
 * The JSON binding of diplomacy's types, on Jackson 2.
 *
 * <ul>
 *   <li>{@link dev.diplomacy.jackson2.DiplomacyJackson2}: reads and writes safely, strict or
 *       lenient ({@link dev.diplomacy.json.format.Mode}), under {@link
 *       dev.diplomacy.json.format.JsonLimits};
 *   <li>{@link dev.diplomacy.jackson2.DiplomacyJackson2Module}: the Jackson 2 module, for an {@code
 *       ObjectMapper} of your own;
 *   <li>{@link dev.diplomacy.jackson2.NdjsonReader}, {@link dev.diplomacy.jackson2.NdjsonWriter}
 *       and {@link dev.diplomacy.jackson2.NdjsonDossierReader}: one value per line, in constant
 *       memory, with an {@link dev.diplomacy.json.format.ErrorPolicy};
 *   <li>{@link dev.diplomacy.json.format.DiplomacyJsonException}: every failure, as a list of
 *       {@link dev.diplomacy.json.format.Problem}s with JSON Pointers and stable codes.
 * </ul>
 *
 * <p>The format, and its codecs, are those of the Jackson 3 binding ({@code dev.diplomacy.json}):
 * both are built on the module {@code dev.diplomacy.json.format}.
 */
@NullMarked
package dev.diplomacy.jackson2;

import org.jspecify.annotations.NullMarked;
