package dev.diplomacy.core.render;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.dossier.Dossier;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The names of a dossier's actors by id: the primary name, or the id itself for an unknown actor.
 */
final class Names {

  private final Map<Id, Actor> actors = new HashMap<>();

  Names(Dossier dossier) {
    // The first of two actors with one id wins; the dossier's validation reports the duplicate.
    dossier.actors().forEach(a -> actors.putIfAbsent(a.id(), a));
  }

  /** The actor with the id, when the dossier has one. */
  Optional<Actor> actor(Id id) {
    return Optional.ofNullable(actors.get(id));
  }

  /** The actor's primary name, or the id's text when the dossier has no such actor. */
  String of(Id id) {
    Actor actor = actors.get(id);
    return actor == null ? id.value() : Labels.oneLine(actor.name().text());
  }

  /** The names of the actors, joined as in a sentence: {@code A, B and C}. */
  String join(Collection<Id> ids) {
    return Labels.join(list(ids));
  }

  /** The names of the actors, in order. */
  List<String> list(Collection<Id> ids) {
    return ids.stream().map(this::of).collect(Collectors.toList());
  }
}
