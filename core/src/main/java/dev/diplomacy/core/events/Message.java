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
 * A diplomatic communication: greetings, a letter, a verbal message, congratulations, condolences,
 * thanks, an invitation, a note verbale, from a sender to one or more recipients, possibly conveyed
 * by an envoy.
 *
 * <pre>{@code
 * Message.builder()
 *     .id(Id.of("castro-greetings-to-kim"))
 *     .sender(Id.of("raul-castro"))
 *     .addRecipient(Id.of("kim-jong-un"))
 *     .envoy(Agent.of(Id.of("ri-su-yong"), "Vice Chairman of the Workers' Party of Korea"))
 *     .messageKind(MessageKind.GREETINGS)
 *     .medium(Medium.ORAL)
 *     .content("his most wholehearted greetings")
 *     .addLink(EventLink.replyTo(Id.of("kim-letter-to-castro")))
 *     .build();
 * }</pre>
 *
 * <p>The message it answers is a {@link LinkKind#REPLY_TO} link, read back with {@link #replyTo()}.
 *
 * <p>Rules, besides the {@link Event envelope}'s: at least one recipient ({@code
 * message.recipients.empty}), each once ({@code message.recipients.duplicate}) and not the sender
 * ({@code message.recipients.sender}); the envoy is neither the sender ({@code
 * message.envoy.sender}) nor a recipient ({@code message.envoy.recipient}); at most one {@code
 * REPLY_TO} link ({@code message.links.replyTo}); content not blank ({@code
 * message.content.blank}), and none when it was not disclosed ({@code
 * message.content.undisclosed}).
 */
@Value.Immutable
@DiplomacyStyle
public abstract non-sealed class Message implements Event, WithMessage {

  Message() {}

  /** Always {@link EventKind#MESSAGE}. */
  @Override
  public final EventKind kind() {
    return EventKind.MESSAGE;
  }

  /**
   * The actor on whose behalf the message is sent, in the capacity the source gives: Kim Jong-un,
   * not his envoy.
   */
  public abstract Agent sender();

  /** The ids of the actors it is addressed to, each once; at least one, never the sender. */
  public abstract List<Id> recipients();

  /**
   * The actor who conveyed it in person, on the sender's behalf, in its capacity: Ri Su-yong
   * carrying Kim Jong-un's letter to Havana as "Vice Chairman of the Workers' Party of Korea".
   * Never the sender or a recipient.
   */
  public abstract Optional<Agent> envoy();

  /** What sort of message it is: greetings, a letter, condolences... */
  public abstract MessageKind messageKind();

  /**
   * How it travelled, when the source says: by telegram, by telephone, in person, or only orally or
   * in writing.
   */
  public abstract Optional<Medium> medium();

  /** What the message said, in the source's words: "his most wholehearted greetings". */
  public abstract Optional<String> content();

  /**
   * Whether its content was made public, when the source says: {@link Disclosure#UNDISCLOSED} for
   * "the content of the letter was not disclosed", which an absent {@link #content()} does not say.
   */
  public abstract Optional<Disclosure> disclosure();

  /**
   * Derived from the typed fields, in this order: the {@link #sender()} as {@link Role#SENDER},
   * each of the {@link #recipients()} as {@link Role#RECIPIENT}, then the {@link #envoy()} as
   * {@link Role#ENVOY}. Not an attribute: set the fields instead.
   */
  @Override
  public List<Participant> participants() {
    List<Participant> out = new ArrayList<>();
    out.add(sender().as(Role.SENDER));
    recipients().forEach(r -> out.add(Participant.of(r, Role.RECIPIENT)));
    envoy().ifPresent(e -> out.add(e.as(Role.ENVOY)));
    return Collections.unmodifiableList(out);
  }

  /**
   * The id of the message this one replies to: the target of its {@link LinkKind#REPLY_TO} link.
   */
  public Optional<Id> replyTo() {
    return linked(LinkKind.REPLY_TO).stream().findFirst();
  }

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Message}, from {@link Message#builder()}. Like the builder of every kind of
   * event, it is an {@link Event.Builder}, with the same setters of the envelope. {@code build()}
   * throws a {@link ValidationException} when {@code id}, {@code sender} or {@code messageKind} is
   * missing, and one that names every rule the message breaks.
   */
  public static final class Builder extends ImmutableMessage.Builder
      implements Event.Builder<Builder> {
    Builder() {}

    /** Sets the sender, with no capacity given. */
    public Builder sender(Id sender) {
      return sender(Agent.of(sender));
    }

    /** Sets the envoy, with no capacity given. */
    public Builder envoy(Id envoy) {
      return envoy(Agent.of(envoy));
    }
  }

  @Value.Check
  void check() {
    Checks checks = EventChecks.envelope(this);
    checks
        .require(
            !recipients().isEmpty(),
            "recipients",
            "message.recipients.empty",
            "a message needs at least one recipient")
        .unique(recipients(), "recipients", "message.recipients.duplicate", "recipient");
    Id sender = sender().actor();
    EventChecks.notIn(
        checks,
        recipients(),
        sender,
        "recipients",
        "message.recipients.sender",
        () -> "the sender " + sender + " cannot also be a recipient");
    envoy()
        .map(Agent::actor)
        .ifPresent(
            envoy -> {
              checks.require(
                  !envoy.equals(sender),
                  "envoy",
                  "message.envoy.sender",
                  () ->
                      "the envoy "
                          + envoy
                          + " conveys the sender's message and cannot be the sender");
              checks.require(
                  !recipients().contains(envoy),
                  "envoy",
                  "message.envoy.recipient",
                  () -> "the envoy " + envoy + " cannot also be a recipient");
            });
    int replies = 0;
    for (EventLink link : links()) {
      if (link.linkKind() == LinkKind.REPLY_TO) {
        replies++;
      }
    }
    int repliesTo = replies;
    checks.require(
        replies <= 1,
        "links",
        "message.links.replyTo",
        () -> "a message replies to at most one message, not " + repliesTo);
    checks
        .text(content(), "content", "message.content.blank")
        .require(
            content().isEmpty() || disclosure().orElse(null) != Disclosure.UNDISCLOSED,
            "content",
            "message.content.undisclosed",
            "the content was not disclosed, so the message has none: leave it out, or say the"
                + " message was partly disclosed")
        .throwIfAny();
  }
}
