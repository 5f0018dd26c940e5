/**
 * The library's JSON format, whichever Jackson reads and writes it: the types both bindings share
 * ({@link dev.diplomacy.json.format.Mode}, {@link dev.diplomacy.json.format.JsonLimits}, {@link
 * dev.diplomacy.json.format.ErrorPolicy}, and {@link
 * dev.diplomacy.json.format.DiplomacyJsonException} with its {@link
 * dev.diplomacy.json.format.Problem}s). The bindings are {@code dev.diplomacy.json.DiplomacyJson}
 * (module {@code diplomacy-json}, Jackson 3) and {@code dev.diplomacy.jackson2.DiplomacyJackson2}
 * (module {@code diplomacy-jackson2}, Jackson 2).
 */
@NullMarked
package dev.diplomacy.json.format;

import org.jspecify.annotations.NullMarked;
