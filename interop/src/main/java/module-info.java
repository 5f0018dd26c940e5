/**
 * Import and export of foreign formats of event data: GDELT ({@link
 * dev.diplomacy.interop.gdelt.GdeltImporter}), ICEWS ({@link
 * dev.diplomacy.interop.icews.IcewsImporter}) and PLOVER ({@link
 * dev.diplomacy.interop.plover.PloverImporter}, {@link
 * dev.diplomacy.interop.plover.PloverExporter}).
 */
// Immutables has no module-info, only an automatic module name.
@SuppressWarnings("requires-automatic")
module dev.diplomacy.interop {
  // Its API takes and gives the core's types; JSON and Jackson's streaming parser only inside.
  requires transitive dev.diplomacy.core;
  requires dev.diplomacy.json;
  requires tools.jackson.core;
  requires static transitive org.jspecify;
  // The Immutables style that the core's types carry (class retention): read by the compiler and
  // the javadoc of this module, never needed at run time.
  requires static org.immutables.value;

  exports dev.diplomacy.interop;
  exports dev.diplomacy.interop.gdelt;
  exports dev.diplomacy.interop.icews;
  exports dev.diplomacy.interop.plover;

  // The GDELT tables are resources of this package, read by the core's one reader of bundled
  // tables.
  opens dev.diplomacy.interop.gdelt to
      dev.diplomacy.core;
}
