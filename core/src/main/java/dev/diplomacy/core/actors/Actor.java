package dev.diplomacy.core.actors;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.core.geography.Country;
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
public sealed interface Actor extends DossierElement permits Person, Organization, State {

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

  /**
   * The country the actor belongs to, whatever its kind: a state's country, a person's {@linkplain
   * Person#nationality() nationality}, an organisation's {@linkplain Organization#country()
   * country}; empty when the dossier does not say.
   */
  default Optional<Country> homeCountry() {
    // The three kinds of a sealed interface: Java 17 has no switch over types.
    if (this instanceof Person person) {
      return person.nationality();
    }
    if (this instanceof Organization organization) {
      return organization.country();
    }
    return Optional.of(((State) this).country());
  }

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

  /**
   * The setters of the properties every actor shares, which the builder of every kind of actor has:
   * {@link Person.Builder}, {@link Organization.Builder} and {@link State.Builder}. Each property
   * has a setter named after it, which for an optional property also takes an {@link Optional}
   * (empty to unset it); a list has {@code addX} of one element, {@code addAllX} of several, and
   * its own name to replace it; the map of extensions has {@code putExtension}, {@code
   * putAllExtensions} and {@code extensions}. Builders are not safe to share between threads.
   *
   * @param <B> the kind's own builder, which every setter returns
   */
  interface Builder<B extends Builder<B>> {

    /** Sets the {@linkplain Actor#id() id}, which every actor needs. */
    B id(Id id);

    /** Sets the {@linkplain Actor#name() primary name}, which every actor needs. */
    B name(Name name);

    /** Adds an {@linkplain Actor#otherNames() other name}. */
    B addOtherName(Name otherName);

    /** Adds {@linkplain Actor#otherNames() other names}, in order. */
    B addAllOtherNames(Iterable<? extends Name> otherNames);

    /** Replaces the {@linkplain Actor#otherNames() other names} added so far. */
    B otherNames(Iterable<? extends Name> otherNames);

    /** Adds an {@linkplain Actor#externalIds() external id}. */
    B addExternalId(ExternalId externalId);

    /** Adds {@linkplain Actor#externalIds() external ids}, in order. */
    B addAllExternalIds(Iterable<? extends ExternalId> externalIds);

    /** Replaces the {@linkplain Actor#externalIds() external ids} added so far. */
    B externalIds(Iterable<? extends ExternalId> externalIds);

    /** Sets the {@linkplain Actor#description() description}. */
    B description(String description);

    /** Sets the {@linkplain Actor#description() description}, or unsets it when empty. */
    B description(Optional<String> description);

    /** Puts an {@linkplain Actor#extensions() extension}, in place of any of the same key. */
    B putExtension(String key, ExtensionValue value);

    /** Puts {@linkplain Actor#extensions() extensions}, in place of any of the same keys. */
    B putAllExtensions(Map<String, ? extends ExtensionValue> extensions);

    /** Replaces the {@linkplain Actor#extensions() extensions} put so far. */
    B extensions(Map<String, ? extends ExtensionValue> extensions);

    /**
     * The actor.
     *
     * @throws dev.diplomacy.core.validation.MissingAttributesException when the id, the name, or a
     *     property the kind requires, is missing
     * @throws dev.diplomacy.core.validation.ValidationException naming every rule the actor breaks
     */
    Actor build();
  }
}
