/**
 * The library's JSON format without a Jackson: the types both bindings share, in {@code
 * dev.diplomacy.json.format}, and the codecs, written once against a small reading and writing
 * interface of tokens, which the Jackson 3 binding ({@code dev.diplomacy.json}) and the Jackson 2
 * binding ({@code dev.diplomacy.jackson2}) implement.
 */
// Immutables has no module-info, only an automatic module name; the internal package is exported
// to the bindings and the importers, which are built after this module ("module").
@SuppressWarnings({"requires-automatic", "module"})
module dev.diplomacy.json.format {
  requires transitive dev.diplomacy.core;
  requires static transitive org.jspecify;
  // Immutables' annotations on JsonLimits: needed to compile it, never at run time.
  requires static org.immutables.value;

  exports dev.diplomacy.json.format;
  // The format's logic, for the two bindings, and its reading of bytes, for the importers; not API.
  exports dev.diplomacy.json.format.internal to
      dev.diplomacy.json,
      dev.diplomacy.jackson2,
      dev.diplomacy.interop;
}
