package dev.diplomacy.core.actors;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Someone who acts in diplomacy: a {@link Person}, an {@link Organization} or a {@link State}. Each
 * has a stable id, a primary name, other names, and external ids ({@code wikidata:Q56226}, a CAMEO
 * or ICEWS actor code). Events refer to actors by id.
 *
 * <p>Rules shared by every kind: no other name equals the primary name or another other name (same
 * text and language), external ids are unique, the description is not blank, and extension names
 * are valid (see {@link dev.diplomacy.core.Extensions}). The codes start with the kind in lower
 * case: {@code person.otherNames.duplicate}, {@code state.externalIds.duplicate}, {@code
 * organization.description.blank}, {@code person.extensions.key}.
 */
public sealed interface Actor permits Person, Organization, State {

  /** The actor's id, unique within a dossier: {@code kim-jong-un}. */
  Id id();

  /** The primary name. */
  Name name();

  /** Other names and spellings: {@code Kim Jong Un}, {@code 김정은}. */
  List<Name> otherNames();

  /** Ids of the actor in other systems; never guessed. */
  List<ExternalId> externalIds();

  /** A short description for people: {@code Supreme Leader of North Korea}. */
  Optional<String> description();

  /** Namespaced custom properties ({@code acme:confidence}), carried as they are. */
  Map<String, ExtensionValue> extensions();

  /** Which kind of actor this is. */
  ActorKind kind();

  /** Every name: the primary name first, then the other names in order. */
  default List<Name> allNames() {
    List<Name> all = new ArrayList<>(otherNames().size() + 1);
    all.add(name());
    all.addAll(otherNames());
    return Collections.unmodifiableList(all);
  }
}
