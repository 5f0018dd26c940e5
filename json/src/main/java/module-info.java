/**
 * The JSON binding of diplomacy's types, on Jackson 3: {@link dev.diplomacy.json.DiplomacyJson},
 * the Jackson module {@link dev.diplomacy.json.DiplomacyModule}, and NDJSON reading and writing.
 */
// Immutables has no module-info, only an automatic module name; the internal package is exported
// to interop, which is built after this module ("module").
@SuppressWarnings({"requires-automatic", "module"})
module dev.diplomacy.json {
  // Its API takes and gives the core's types, and DiplomacyModule is a Jackson module.
  requires transitive dev.diplomacy.core;
  // The format, and the types its API shares with the Jackson 2 binding.
  requires transitive dev.diplomacy.json.format;
  requires transitive tools.jackson.databind;
  requires static transitive org.jspecify;
  // Immutables' annotations, on the format's JsonLimits: for the javadoc, never at run time.
  requires static org.immutables.value;

  exports dev.diplomacy.json;
  // The library's own helpers (one reader and writer of JSON values on Jackson 3, Jackson's
  // limits),
  // for the PLOVER reader; not API.
  exports dev.diplomacy.json.internal to
      dev.diplomacy.interop;

  // The JSON Schema of the format, a resource: open, so that a schema library can load it.
  opens dev.diplomacy.json.schema;

  provides tools.jackson.databind.JacksonModule with
      dev.diplomacy.json.DiplomacyModule;
}
