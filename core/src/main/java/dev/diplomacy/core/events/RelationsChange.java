package dev.diplomacy.core.events;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Diplomatic relations changed: established, broken off, suspended, restored or downgraded; an
 * embassy opened or closed; diplomats recalled or expelled. "Costa Rica and Cuba restored
 * diplomatic relations, broken off in 1961."
 *
 * <pre>{@code
 * RelationsChange.builder()
 *     .id(Id.of("cuba-costa-rica-relations-restored"))
 *     .addInitiator(Id.of("cuba"), Id.of("costa-rica"))
 *     .relationsChangeKind(RelationsChangeKind.RESTORE)
 *     .build();
 * }</pre>
 *
 * <p>The {@link #initiators()} take the step; the {@link #counterparts()} are those they take it
 * towards. When both sides take it together (relations established by a joint communiqué) they are
 * all initiators, with no counterpart; when one side acts on the other (Costa Rica breaks off
 * relations with Cuba, expels its diplomats, closes its embassy there), the one is the initiator
 * and the other the counterpart. The {@link #diplomats()} are the persons recalled or expelled. A
 * {@link dev.diplomacy.core.relations.RelationshipPeriod} names such events as the ones that began
 * and ended it.
 *
 * <p>Rules, besides the {@link Event envelope}'s: at least one initiator ({@code
 * relationsChange.initiators.empty}); at least two distinct actors among initiators and
 * counterparts ({@code relationsChange.sides.distinct}); each initiator, counterpart and diplomat
 * once ({@code relationsChange.initiators.duplicate}, {@code
 * relationsChange.counterparts.duplicate}, {@code relationsChange.diplomats.duplicate}); no actor
 * both an initiator and a counterpart ({@code relationsChange.counterparts.initiator}); no diplomat
 * one of the sides ({@code relationsChange.diplomats.side}).
 */
@Value.Immutable
@DiplomacyStyle
public abstract non-sealed class RelationsChange implements Event, WithRelationsChange {

  RelationsChange() {}

  /** Always {@link EventKind#RELATIONS_CHANGE}. */
  @Override
  public final EventKind kind() {
    return EventKind.RELATIONS_CHANGE;
  }

  /** The ids of the actors that take the step, each once; at least one. */
  public abstract List<Id> initiators();

  /**
   * The ids of the actors the step is taken towards, each once: the state whose diplomats are
   * expelled, where an embassy is closed. Empty when every side is an initiator.
   */
  public abstract List<Id> counterparts();

  /** What the step is: establishing, breaking off, restoring relations, expelling diplomats... */
  public abstract RelationsChangeKind relationsChangeKind();

  /** The ids of the persons recalled or expelled, each once: an ambassador, a chargé d'affaires. */
  public abstract List<Id> diplomats();

  /**
   * Derived from the typed fields: each of the {@link #initiators()} as {@link Role#INITIATOR},
   * then each of the {@link #counterparts()} as {@link Role#COUNTERPART}, then each of the {@link
   * #diplomats()} as {@link Role#DIPLOMAT}. Not an attribute: set the fields instead.
   */
  @Override
  public List<Participant> participants() {
    List<Participant> out = new ArrayList<>();
    initiators().forEach(a -> out.add(Participant.of(a, Role.INITIATOR)));
    counterparts().forEach(a -> out.add(Participant.of(a, Role.COUNTERPART)));
    diplomats().forEach(a -> out.add(Participant.of(a, Role.DIPLOMAT)));
    return Collections.unmodifiableList(out);
  }

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RelationsChange}, from {@link RelationsChange#builder()}. Like the builder of
   * every kind of event, it is an {@link Event.Builder}, with the same setters of the envelope.
   * {@code build()} throws an {@link IllegalStateException} when {@code id} or {@code
   * relationsChangeKind} is missing, and a {@link ValidationException} that names every rule the
   * change breaks.
   */
  public static final class Builder extends ImmutableRelationsChange.Builder
      implements Event.Builder<Builder> {
    Builder() {}
  }

  @Value.Check
  void check() {
    Set<Id> sides = new LinkedHashSet<>(initiators());
    sides.addAll(counterparts());
    Checks checks =
        EventChecks.envelope(this)
            .require(
                !initiators().isEmpty(),
                "initiators",
                "relationsChange.initiators.empty",
                "a change of relations needs the actor that takes the step")
            .require(
                sides.size() >= 2,
                "counterparts",
                "relationsChange.sides.distinct",
                () ->
                    "a change of relations is between at least two distinct actors, initiators"
                        + " and counterparts together, not "
                        + sides.size())
            .unique(initiators(), "initiators", "relationsChange.initiators.duplicate", "initiator")
            .unique(
                counterparts(),
                "counterparts",
                "relationsChange.counterparts.duplicate",
                "counterpart")
            .unique(diplomats(), "diplomats", "relationsChange.diplomats.duplicate", "diplomat");
    for (int i = 0; i < counterparts().size(); i++) {
      Id c = counterparts().get(i);
      checks.require(
          !initiators().contains(c),
          "counterparts[" + i + "]",
          "relationsChange.counterparts.initiator",
          () -> c + " is both an initiator and a counterpart");
    }
    for (int i = 0; i < diplomats().size(); i++) {
      Id d = diplomats().get(i);
      checks.require(
          !sides.contains(d),
          "diplomats[" + i + "]",
          "relationsChange.diplomats.side",
          () -> d + " is a diplomat recalled or expelled and also one of the sides");
    }
    checks.throwIfAny();
  }
}
