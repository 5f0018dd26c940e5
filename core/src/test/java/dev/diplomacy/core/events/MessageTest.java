package dev.diplomacy.core.events;

import static dev.diplomacy.core.events.Rejections.assertRejected;
import static dev.diplomacy.core.events.Rejections.assertRejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import org.junit.jupiter.api.Test;

class MessageTest {

  private static final Id KIM = Id.of("kim-jong-un");
  private static final Id RAUL = Id.of("raul-castro");
  private static final Id RI = Id.of("ri-su-yong");
  private static final Id LETTER = Id.of("kim-letter-to-castro");

  private static Message.Builder message() {
    return Message.builder().id(Id.of("message")).messageKind(MessageKind.GREETINGS);
  }

  @Test
  void modelsCastrosReplyConveyedByTheSameEnvoy() {
    Message reply =
        message()
            .id(Id.of("castro-greetings-to-kim"))
            .sender(RAUL)
            .addRecipient(KIM)
            .envoy(RI)
            .medium(Medium.ORAL)
            .content("his most wholehearted greetings")
            .addLink(EventLink.replyTo(LETTER))
            .build();

    assertThat(reply.kind()).isEqualTo(EventKind.MESSAGE);
    assertThat(reply.replyTo()).contains(LETTER);
    assertThat(reply.participants())
        .containsExactly(
            Participant.of(RAUL, Role.SENDER),
            Participant.of(KIM, Role.RECIPIENT),
            Participant.of(RI, Role.ENVOY));
    assertThat(reply.actorIds()).containsExactly(RAUL, KIM, RI);
    assertThat(Message.builder().from(reply).build()).isEqualTo(reply);
  }

  @Test
  void participantsAreDerivedSenderRecipientsThenEnvoy() {
    Message m = message().sender(KIM).addRecipient(RAUL).addRecipient(Id.of("cuba")).build();
    assertThat(m.participants())
        .containsExactly(
            Participant.of(KIM, Role.SENDER),
            Participant.of(RAUL, Role.RECIPIENT),
            Participant.of(Id.of("cuba"), Role.RECIPIENT));
    assertThat(m.replyTo()).isEmpty();
    assertThat(m.withRecipients(Id.of("venezuela")).participants()).hasSize(2);
  }

  @Test
  void needsARecipient() {
    assertRejected(() -> message().sender(KIM).build(), "message.recipients.empty");
  }

  @Test
  void rejectsARecipientListedTwiceOrTheSenderAsRecipient() {
    assertRejectedAt(
        () -> message().sender(KIM).addRecipient(RAUL).addRecipient(KIM).addRecipient(RAUL).build(),
        new String[] {"recipients[2]", "recipients[1]"},
        "message.recipients.duplicate",
        "message.recipients.sender");
  }

  @Test
  void theEnvoyIsNeitherTheSenderNorARecipient() {
    assertRejectedAt(
        () -> message().sender(KIM).addRecipient(RAUL).envoy(KIM).build(),
        new String[] {"envoy"},
        "message.envoy.sender");
    assertRejectedAt(
        () -> message().sender(KIM).addRecipient(RAUL).envoy(RAUL).build(),
        new String[] {"envoy"},
        "message.envoy.recipient");
  }

  @Test
  void repliesToOneMessageAtMost() {
    assertRejected(
        () ->
            message()
                .sender(RAUL)
                .addRecipient(KIM)
                .addLink(EventLink.replyTo(LETTER))
                .addLink(EventLink.replyTo(Id.of("another-letter")))
                .build(),
        "message.links.replyTo");
  }

  @Test
  void rejectsBlankContent() {
    assertRejected(
        () -> message().sender(KIM).addRecipient(RAUL).content(" ").build(),
        "message.content.blank");
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    assertRejected(
        () ->
            message()
                .sender(KIM)
                .addRecipient(KIM)
                .envoy(KIM)
                .content("")
                .addLink(EventLink.replyTo(Id.of("message")))
                .build(),
        "message.links.self",
        "message.recipients.sender",
        "message.envoy.sender",
        "message.envoy.recipient",
        "message.content.blank");
  }

  @Test
  void aLetterWhoseContentWasNotDisclosedSaysSo() {
    Message letter =
        message()
            .messageKind(MessageKind.LETTER)
            .sender(KIM)
            .addRecipient(RAUL)
            .envoy(RI)
            .medium(Medium.LETTER)
            .disclosure(Disclosure.UNDISCLOSED)
            .build();
    assertThat(letter.disclosure()).contains(Disclosure.UNDISCLOSED);
    assertThat(letter.content()).isEmpty();
    assertThat(letter.withDisclosure(Disclosure.PARTLY_DISCLOSED).withContent("warm").content())
        .contains("warm");
  }

  @Test
  void undisclosedContentIsNotGiven() {
    assertRejectedAt(
        () ->
            message()
                .sender(KIM)
                .addRecipient(RAUL)
                .content("warm greetings")
                .disclosure(Disclosure.UNDISCLOSED)
                .build(),
        new String[] {"content"},
        "message.content.undisclosed");
  }
}
