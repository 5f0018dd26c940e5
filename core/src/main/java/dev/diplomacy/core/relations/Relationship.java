package dev.diplomacy.core.relations;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.sources.Certainty;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.validation.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A lasting state of affairs between actors, not a one-off event: an alliance, diplomatic
 * relations, a rivalry. "Cuba and North Korea have been allies since the onset of the Cold War, a
 * relationship based on anti-Americanism."
 *
 * <pre>{@code
 * Relationship.builder()
 *     .id(Id.of("cuba-north-korea-alliance"))
 *     .addParty(Id.of("cuba"))
 *     .addParty(Id.of("north-korea"))
 *     .relationshipKind(RelationshipKind.ALLIANCE)
 *     .periodDescription("since the onset of the Cold War")
 *     .basis("anti-Americanism")
 *     .build();
 * }</pre>
 *
 * <p>Rules: at least two distinct parties ({@code relationship.parties.distinct}), each once
 * ({@code relationship.parties.duplicate}); each source cited once ({@code
 * relationship.citations.duplicate}); texts not blank ({@code relationship.summary.blank}, {@code
 * relationship.periodDescription.blank}, {@code relationship.basis.blank}); agreements each once
 * ({@code relationship.agreements.duplicate}); valid extension names ({@code
 * relationship.extensions.key}).
 */
@Value.Immutable
@DiplomacyStyle
public abstract non-sealed class Relationship implements WithRelationship, DossierElement {

  Relationship() {}

  /** The relationship's id in its dossier. */
  public abstract Id id();

  /** The ids of the actors bound by it, each once; at least two. */
  public abstract List<Id> parties();

  /** What sort of tie it is: alliance, diplomatic relations, rivalry... */
  public abstract RelationshipKind relationshipKind();

  /**
   * Since when, and until when, it held, as far as dates are known: {@code 1960/..} for relations
   * established in 1960 and still going on. Empty when the source gives no date.
   */
  public abstract Optional<DateSpan> span();

  /**
   * The source's words for when it held, when no date is given or to say more than the dates do:
   * "since the onset of the Cold War". Never turn such words into an invented date.
   */
  public abstract Optional<String> periodDescription();

  /** What it rests on, in the source's words: "anti-Americanism", "shared socialist ideology". */
  public abstract Optional<String> basis();

  /**
   * The ids of the agreements (events of the dossier, each an {@link
   * dev.diplomacy.core.events.Agreement}) that established or changed it, each once, in the order
   * of their dates: the 2024 treaty that made Russia and North Korea allies. The dossier checks
   * that each names an agreement ({@code dossier.relationship.agreement}).
   */
  public abstract List<Id> agreements();

  /** The sources that report it, each at most once, with the words that support it. */
  public abstract List<Citation> citations();

  /** How sure the sources are that it holds: {@link Certainty#REPORTED} unless said otherwise. */
  @Value.Default
  public Certainty certainty() {
    return Certainty.REPORTED;
  }

  /** A sentence describing the relationship, for a person; not blank. */
  public abstract Optional<String> summary();

  /**
   * Namespaced custom properties ({@code acme:strength}), carried and written back unchanged.
   *
   * @see Extensions
   */
  public abstract Map<String, ExtensionValue> extensions();

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Relationship}, from {@link Relationship#builder()}. {@code build()} throws an
   * {@link IllegalStateException} when {@code id} or {@code relationshipKind} is missing, and a
   * {@link ValidationException} that names every rule the relationship breaks.
   */
  public static final class Builder extends ImmutableRelationship.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    int distinct = new HashSet<>(parties()).size();
    Checks.of("Relationship")
        .require(
            distinct >= 2,
            "parties",
            "relationship.parties.distinct",
            "a relationship needs at least two distinct parties, not " + distinct)
        .unique(parties(), "parties", "relationship.parties.duplicate", "party")
        .text(periodDescription(), "periodDescription", "relationship.periodDescription.blank")
        .text(basis(), "basis", "relationship.basis.blank")
        .unique(agreements(), "agreements", "relationship.agreements.duplicate", "agreement")
        .unique(
            citations(),
            Citation::source,
            "citations",
            "relationship.citations.duplicate",
            "the source")
        .text(summary(), "summary", "relationship.summary.blank")
        .addAll(Extensions.check("relationship", extensions()))
        .throwIfAny();
  }
}
