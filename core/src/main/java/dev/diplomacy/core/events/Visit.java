package dev.diplomacy.core.events;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One or more actors went somewhere: Fidel Castro's visit to Pyongyang in 1986, Kim Jong-un's
 * condolence visit to the Cuban embassy. The destination is the {@link #place()}, the {@link
 * #host()}, or both.
 *
 * <pre>{@code
 * Visit.builder()
 *     .id(Id.of("fidel-castro-visits-pyongyang-1986"))
 *     .when(When.on("1986"))
 *     .place(Place.of("Pyongyang", Country.of("KP")))
 *     .addVisitor(Agent.of(Id.of("fidel-castro"), "President of the Council of State"))
 *     .host(Id.of("north-korea"))
 *     .build();
 * }</pre>
 *
 * <p>Rules, besides the {@link Event envelope}'s: at least one visitor ({@code
 * visit.visitors.empty}), each once ({@code visit.visitors.duplicate}); the host is not a visitor
 * ({@code visit.host.visitor}); a host or a place ({@code visit.destination.missing}).
 */
@Value.Immutable
@DiplomacyStyle
public abstract non-sealed class Visit implements Event, WithVisit {

  Visit() {}

  /** Always {@link EventKind#VISIT}. */
  @Override
  public final EventKind kind() {
    return EventKind.VISIT;
  }

  /**
   * The actors who made the visit, each once, each in the capacity the source gives; at least one.
   */
  public abstract List<Agent> visitors();

  /**
   * The actor who received them (a state, an embassy, a person), in its capacity. Not a visitor.
   */
  public abstract Optional<Agent> host();

  /** The visit's protocol level or purpose: state, official, working, private, condolence. */
  public abstract Optional<VisitKind> visitKind();

  /**
   * Derived from the typed fields: each of the {@link #visitors()} as {@link Role#VISITOR}, then
   * the {@link #host()} as {@link Role#HOST}. Not an attribute: set the fields instead.
   */
  @Override
  public List<Participant> participants() {
    List<Participant> out = new ArrayList<>();
    visitors().forEach(v -> out.add(v.as(Role.VISITOR)));
    host().ifPresent(h -> out.add(h.as(Role.HOST)));
    return Collections.unmodifiableList(out);
  }

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Visit}, from {@link Visit#builder()}. Like the builder of every kind of event,
   * it is an {@link Event.Builder}, with the same setters of the envelope. {@code build()} throws a
   * {@link ValidationException} when {@code id} is missing, and one that names every rule the visit
   * breaks.
   */
  public static final class Builder extends ImmutableVisit.Builder
      implements Event.Builder<Builder> {
    Builder() {}

    /** Adds a visitor, with no capacity given. */
    public Builder addVisitor(Id visitor) {
      return addVisitor(Agent.of(visitor));
    }

    /** Adds visitors, with no capacity given. */
    public Builder addVisitors(Id... visitors) {
      for (Id v : visitors) {
        addVisitor(v);
      }
      return this;
    }

    /** Sets the host, with no capacity given. */
    public Builder host(Id host) {
      return host(Agent.of(host));
    }
  }

  @Value.Check
  void check() {
    Checks checks =
        EventChecks.envelope(this)
            .require(
                !visitors().isEmpty(),
                "visitors",
                "visit.visitors.empty",
                "a visit needs at least one visitor")
            .unique(visitors(), Agent::actor, "visitors", "visit.visitors.duplicate", "visitor")
            .require(
                host()
                    .map(h -> visitors().stream().noneMatch(v -> v.actor().equals(h.actor())))
                    .orElse(true),
                "host",
                "visit.host.visitor",
                () ->
                    "the host "
                        + host().map(h -> h.actor().toString()).orElse("")
                        + " cannot also be a visitor")
            .require(
                host().isPresent() || place().isPresent(),
                "",
                "visit.destination.missing",
                "a visit needs a destination: a host, a place, or both");
    checks.throwIfAny();
  }
}
