package dev.diplomacy.core.events;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An actor acting in an event, and the capacity in which it acts, as the source gives it: Vladimir
 * Putin signing "as President of the Russian Federation", Ri Su-yong carrying a letter as "Vice
 * Chairman of the Workers' Party of Korea".
 *
 * <p>The one way the library says who acted in what capacity. Every place where an actor acts in
 * person or in its own name holds an {@code Agent}: a visit's visitors and host, a message's sender
 * and envoy, a pledge's pledger, a statement's speaker, a delegation's head, members and host, an
 * agreement's signatories. Where an actor is only acted upon (a recipient, a subject, a
 * beneficiary, the mourned), or is a side rather than a person acting (an agreement's parties, a
 * delegation's sender, a transfer's provider and recipient, a mourning's declarer), the event holds
 * a bare {@link Id}. A meeting's, a coded event's and an opaque event's {@link Participant}s carry
 * their role and capacity themselves. The derived {@link Event#participants()} of every kind carry
 * the capacity of their agents, so that whatever reads participants sees it.
 *
 * <p>Every builder that takes an agent also takes a bare id ({@code
 * .sender(Id.of("raul-castro"))}), which is an agent without a capacity.
 */
@Value.Immutable
@DiplomacyStyle
public abstract class Agent implements WithAgent {

  Agent() {}

  /** The id of the actor (a person, organisation or state). */
  @Value.Parameter
  public abstract Id actor();

  /**
   * The title in which the actor acted, in the source's words: "President of the Russian
   * Federation". What the source says at the time of the event, which may differ from the positions
   * on record; not blank.
   */
  public abstract Optional<String> capacity();

  /**
   * Properties the library carries without knowing them: your own, namespaced ({@code acme:note}),
   * and those of a newer format version kept by lenient reading. See {@link
   * dev.diplomacy.core.Extensions}.
   */
  public abstract Map<String, ExtensionValue> extensions();

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Agent}, from {@link Agent#builder()}. {@code build()} throws a {@link
   * ValidationException} when {@code actor} is missing, and one that names every rule the agent
   * breaks.
   */
  public static final class Builder extends ImmutableAgent.Builder {
    Builder() {}
  }

  /** The actor, with no capacity given. */
  public static Agent of(Id actor) {
    return ImmutableAgent.of(actor);
  }

  /**
   * The actor in the given capacity: {@code Agent.of(Id.of("vladimir-putin"), "President of the
   * Russian Federation")}.
   */
  public static Agent of(Id actor, String capacity) {
    return builder().actor(actor).capacity(capacity).build();
  }

  /** The actor in the given role, with this agent's capacity: a derived participant. */
  Participant as(Role role) {
    return Participant.builder().actor(actor()).role(role).capacity(capacity()).build();
  }

  @Value.Check
  void check() {
    Checks.of("Agent")
        .text(capacity(), "capacity", "agent.capacity.blank")
        .addAll(Extensions.check("agent", extensions()))
        .throwIfAny();
  }
}
