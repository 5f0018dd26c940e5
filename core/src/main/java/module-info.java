/**
 * Diplomatic event data: immutable, validated types for actors, events, sources and dossiers, their
 * event codes (CAMEO, PLOVER) and their rendering as text and graphs. It needs nothing but the JDK
 * at run time.
 */
// "module": the modules of the qualified export below are not there when this one is compiled;
// "requires-automatic": Immutables has no module-info, only an automatic module name.
@SuppressWarnings({"module", "requires-automatic"})
module dev.diplomacy.core {
  // The nullness annotations of the API: a compiler that reads this module reads them too; nothing
  // needs them at run time.
  requires static transitive org.jspecify;
  // Immutables' annotations on the value types: needed to compile them, never at run time.
  requires static org.immutables.value;

  exports dev.diplomacy.core;
  exports dev.diplomacy.core.analysis;
  exports dev.diplomacy.core.actors;
  exports dev.diplomacy.core.codes;
  exports dev.diplomacy.core.dossier;
  exports dev.diplomacy.core.events;
  exports dev.diplomacy.core.geography;
  exports dev.diplomacy.core.relations;
  exports dev.diplomacy.core.render;
  exports dev.diplomacy.core.sources;
  exports dev.diplomacy.core.time;
  exports dev.diplomacy.core.validation;
  // The library's own helpers, for its other modules only: no user can read them.
  exports dev.diplomacy.core.internal to
      dev.diplomacy.json.format,
      dev.diplomacy.json,
      dev.diplomacy.interop;
}
