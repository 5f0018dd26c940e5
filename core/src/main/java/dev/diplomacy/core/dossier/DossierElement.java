package dev.diplomacy.core.dossier;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.relations.Relationship;
import dev.diplomacy.core.sources.Source;

/**
 * What a {@link Dossier} holds: an {@link Actor}, an {@link Event}, a {@link Relationship} or a
 * {@link Source}, each with an id unique in its dossier. A stream of elements (an import read one
 * row at a time, an NDJSON file of a whole dossier) gives them one by one, each element named
 * before the elements that refer to it; {@link Dossier.Builder#addElement} collects them.
 */
public sealed interface DossierElement permits Actor, Event, Relationship, Source {

  /** The element's id, unique among the elements of its dossier. */
  Id id();
}
