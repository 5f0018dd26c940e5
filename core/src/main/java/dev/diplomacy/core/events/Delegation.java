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
 * An actor sent a delegation, led by a head, to another actor or place, for an occasion: North
 * Korea's delegation to the funeral of Fidel Castro.
 *
 * <pre>{@code
 * Delegation.builder()
 *     .id(Id.of("dprk-delegation-to-fidel-castro-funeral"))
 *     .when(When.on("2016-12"))
 *     .sender(Id.of("north-korea"))
 *     .host(Id.of("cuba"))
 *     .occasion("the funeral of Fidel Castro")
 *     .build();
 * }</pre>
 *
 * <p>Rules, besides the {@link Event envelope}'s: members each once ({@code
 * delegation.members.duplicate}); the head is not also a member ({@code delegation.members.head})
 * nor the sender ({@code delegation.head.sender}); the sender is not a member ({@code
 * delegation.members.sender}); the host is not the sender ({@code delegation.host.sender}), nor the
 * head or a member ({@code delegation.host.member}); occasion not blank.
 */
@Value.Immutable
@DiplomacyStyle
public abstract non-sealed class Delegation implements Event, WithDelegation {

  Delegation() {}

  /** Always {@link EventKind#DELEGATION}. */
  @Override
  public final EventKind kind() {
    return EventKind.DELEGATION;
  }

  /** The id of the actor who sent the delegation, usually a state, party or government. */
  public abstract Id sender();

  /**
   * The person leading the delegation, when named, in the capacity the source gives: Ri Su-yong as
   * "Vice Chairman of the Workers' Party of Korea".
   */
  public abstract Optional<Agent> head();

  /** The other members, each once, the head not repeated, each in its capacity. */
  public abstract List<Agent> members();

  /** The actor the delegation went to, when named, in its capacity; not the sender. */
  public abstract Optional<Agent> host();

  /** What the delegation went for, in the source's words: "the funeral of Fidel Castro". */
  public abstract Optional<String> occasion();

  /**
   * Derived from the typed fields, in this order: the {@link #sender()} as {@link Role#SENDER}, the
   * {@link #head()} as {@link Role#HEAD_OF_DELEGATION}, each of the {@link #members()} as {@link
   * Role#DELEGATION_MEMBER}, then the {@link #host()} as {@link Role#HOST}. Not an attribute: set
   * the fields instead.
   */
  @Override
  public List<Participant> participants() {
    List<Participant> out = new ArrayList<>();
    out.add(Participant.of(sender(), Role.SENDER));
    head().ifPresent(h -> out.add(h.as(Role.HEAD_OF_DELEGATION)));
    members().forEach(m -> out.add(m.as(Role.DELEGATION_MEMBER)));
    host().ifPresent(h -> out.add(h.as(Role.HOST)));
    return Collections.unmodifiableList(out);
  }

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Delegation}, from {@link Delegation#builder()}. Like the builder of every kind
   * of event, it is an {@link Event.Builder}, with the same setters of the envelope. {@code
   * build()} throws a {@link ValidationException} when {@code id} or {@code sender} is missing, and
   * one that names every rule the delegation breaks.
   */
  public static final class Builder extends ImmutableDelegation.Builder
      implements Event.Builder<Builder> {
    Builder() {}

    /** Sets the head, with no capacity given. */
    public Builder head(Id head) {
      return head(Agent.of(head));
    }

    /** Adds a member, with no capacity given. */
    public Builder addMember(Id member) {
      return addMember(Agent.of(member));
    }

    /** Adds members, with no capacity given. */
    public Builder addMembers(Id... members) {
      for (Id m : members) {
        addMember(m);
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
    Checks checks = EventChecks.envelope(this);
    Optional<Id> head = head().map(Agent::actor);
    List<Id> members = members().stream().map(Agent::actor).toList();
    checks.require(
        head.map(h -> !h.equals(sender())).orElse(true),
        "head",
        "delegation.head.sender",
        () -> "the head of the delegation cannot be its sender " + sender());
    checks.unique(members, "members", "delegation.members.duplicate", "member");
    head.ifPresent(
        h ->
            EventChecks.notIn(
                checks,
                members,
                h,
                "members",
                "delegation.members.head",
                () ->
                    "the head " + h + " is given as head; do not list them among the members too"));
    EventChecks.notIn(
        checks,
        members,
        sender(),
        "members",
        "delegation.members.sender",
        () -> "the sender " + sender() + " cannot be a member of its own delegation");
    host()
        .map(Agent::actor)
        .ifPresent(
            h -> {
              checks.require(
                  !h.equals(sender()),
                  "host",
                  "delegation.host.sender",
                  () -> "the host " + h + " cannot be the sender");
              checks.require(
                  !members.contains(h) && !head.equals(Optional.of(h)),
                  "host",
                  "delegation.host.member",
                  () -> "the host " + h + " cannot also belong to the delegation");
            });
    checks.text(occasion(), "occasion", "delegation.occasion.blank").throwIfAny();
  }
}
