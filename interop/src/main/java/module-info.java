/**
 * Import and export of foreign formats of event data: ICEWS ({@link
 * dev.diplomacy.interop.icews.IcewsImporter}) and PLOVER ({@link
 * dev.diplomacy.interop.plover.PloverImporter}, {@link
 * dev.diplomacy.interop.plover.PloverExporter}).
 */
module dev.diplomacy.interop {
  // Its API takes and gives the core's types; JSON and Jackson's streaming parser only inside.
  requires transitive dev.diplomacy.core;
  requires dev.diplomacy.json;
  requires tools.jackson.core;
  requires static transitive org.jspecify;

  exports dev.diplomacy.interop;
  exports dev.diplomacy.interop.icews;
  exports dev.diplomacy.interop.plover;
}
