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
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.ValidationException;
import java.util.ArrayList;
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
 * <p>A relationship broken off and restored has several {@link #periods() periods}, each with its
 * span and the events that began and ended it:
 *
 * <pre>{@code
 * Relationship.builder()
 *     .id(Id.of("cuba-costa-rica-relations"))
 *     .addParty(Id.of("cuba"), Id.of("costa-rica"))
 *     .relationshipKind(RelationshipKind.DIPLOMATIC_RELATIONS)
 *     .addPeriod(
 *         RelationshipPeriod.builder()
 *             .span(DateSpan.parse("../1961"))
 *             .endedWith(Id.of("costa-rica-breaks-relations"))
 *             .build())
 *     .addPeriod(
 *         RelationshipPeriod.builder()
 *             .span(DateSpan.parse("2009/.."))
 *             .beganWith(Id.of("relations-restored"))
 *             .build())
 *     .build();
 * }</pre>
 *
 * <p>Rules: at least two distinct parties ({@code relationship.parties.distinct}), each once
 * ({@code relationship.parties.duplicate}); each source cited once ({@code
 * relationship.citations.duplicate}); periods in the order of time, none starting before the ones
 * before it ended ({@code relationship.periods.order}); not both {@code span} and periods in the
 * builder ({@code relationship.span.periods}); texts not blank ({@code relationship.summary.blank},
 * {@code relationship.periodDescription.blank}, {@code relationship.basis.blank}); agreements each
 * once ({@code relationship.agreements.duplicate}); valid extension names ({@code
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
   * The stretches of time it held, in the order of time, each with its span and the events that
   * began and ended it: one for relations established in 1960 and still going on ({@code 1960/..}),
   * two for relations broken off and restored. Empty when the source gives no date and names no
   * event.
   */
  public abstract List<RelationshipPeriod> periods();

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
   * Builds a {@link Relationship}, from {@link Relationship#builder()}. {@code build()} throws a
   * {@link ValidationException} when {@code id} or {@code relationshipKind} is missing, and one
   * that names every rule the relationship breaks.
   */
  public static final class Builder extends ImmutableRelationship.Builder {
    private boolean spanSet;

    Builder() {}

    /**
     * The short form of a relationship that held in one period known only by its dates: the same as
     * {@code addPeriod(RelationshipPeriod.of(span))}, and the form JSON's {@code "span"} takes. A
     * builder given a span takes no other period, nor a second span ({@code
     * relationship.span.periods}).
     */
    public Builder span(DateSpan span) {
      spanSet = true;
      return addPeriod(RelationshipPeriod.of(span));
    }

    @Override
    public Relationship build() {
      Relationship built = super.build();
      if (spanSet && built.periods().size() > 1) {
        throw ValidationException.of(
            "Relationship",
            "span",
            "relationship.span.periods",
            "a relationship has a span or periods, not both: its span is its one period");
      }
      return built;
    }
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
        .addAll(periodOrder())
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

  /**
   * {@code relationship.periods.order}: no period with a known start starts before the last known
   * date of the periods before it (their ends, or their starts where the end is not known).
   */
  private List<Finding> periodOrder() {
    List<Finding> out = new ArrayList<>();
    PartialDate latest = null;
    for (int i = 0; i < periods().size(); i++) {
      Optional<DateSpan> span = periods().get(i).span();
      if (span.isEmpty()) {
        continue;
      }
      Optional<PartialDate> start = span.get().start();
      if (latest != null && start.isPresent() && start.get().isBefore(latest)) {
        out.add(
            Finding.error(
                "periods[" + i + "].span",
                "relationship.periods.order",
                "the period starting "
                    + start.get()
                    + " starts before the period before it ended, which lasted until "
                    + latest
                    + ": list periods in the order of time, without overlap"));
      }
      Optional<PartialDate> last = span.get().end().or(() -> start);
      if (last.isPresent() && (latest == null || last.get().isAfter(latest))) {
        latest = last.get();
      }
    }
    return out;
  }
}
