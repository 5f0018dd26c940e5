/**
 * The JSON binding of diplomacy's types on Jackson 2: {@link
 * dev.diplomacy.jackson2.DiplomacyJackson2}, the Jackson 2 module {@link
 * dev.diplomacy.jackson2.DiplomacyJackson2Module}, and NDJSON reading and writing; the same format
 * as the Jackson 3 binding, byte for byte, from the same codecs. It never loads a class of Jackson
 * 3.
 */
@SuppressWarnings("requires-automatic")
module dev.diplomacy.jackson2 {
  // Its API takes and gives the core's types and the format's (Mode, JsonLimits, problems), and
  // DiplomacyJackson2Module is a Jackson 2 module.
  requires transitive dev.diplomacy.json.format;
  requires transitive com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;
  // Immutables' annotations, on the format's JsonLimits: for the javadoc, never at run time.
  requires static org.immutables.value;

  exports dev.diplomacy.jackson2;

  provides com.fasterxml.jackson.databind.Module with
      dev.diplomacy.jackson2.DiplomacyJackson2Module;
}
