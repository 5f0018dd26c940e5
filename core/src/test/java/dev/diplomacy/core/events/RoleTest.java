package dev.diplomacy.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoleTest {

  private static final Id A = Id.of("a");
  private static final Id B = Id.of("b");
  private static final Id C = Id.of("c");
  private static final Id D = Id.of("d");

  private static Set<Role> toward(Direction direction) {
    return Arrays.stream(Role.values())
        .filter(r -> r.direction() == direction)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  @Test
  void theRolesThatActAreSourcesAndTheRolesActedUponTargets() {
    assertThat(toward(Direction.SOURCE))
        .containsExactlyInAnyOrder(
            Role.GUEST,
            Role.SENDER,
            Role.PLEDGER,
            Role.VISITOR,
            Role.PROVIDER,
            Role.SPEAKER,
            Role.DECLARER,
            Role.INITIATOR,
            Role.SOURCE_ACTOR);
    assertThat(toward(Direction.TARGET))
        .containsExactlyInAnyOrder(
            Role.HOST,
            Role.RECIPIENT,
            Role.BENEFICIARY,
            Role.SUBJECT,
            Role.MOURNED,
            Role.COUNTERPART,
            Role.TARGET_ACTOR);
    assertThat(toward(Direction.NEUTRAL))
        .containsExactlyInAnyOrder(
            Role.PARTICIPANT,
            Role.HEAD_OF_DELEGATION,
            Role.DELEGATION_MEMBER,
            Role.MEDIATOR,
            Role.ENVOY,
            Role.SIGNATORY,
            Role.DIPLOMAT,
            Role.PARTY);
  }

  @Test
  void aMessageGoesFromItsSenderToItsRecipientsAndNotFromItsEnvoy() {
    Message m =
        Message.builder()
            .id(Id.of("m"))
            .sender(A)
            .addRecipients(B, C)
            .envoy(D)
            .messageKind(MessageKind.LETTER)
            .build();
    assertThat(m.actorIds(Direction.SOURCE)).containsExactly(A);
    assertThat(m.actorIds(Direction.TARGET)).containsExactly(B, C);
    assertThat(m.actorIds(Direction.NEUTRAL)).containsExactly(D);
  }

  @Test
  void actorIdsOfADirectionAreDistinctInTheOrderOfTheParticipants() {
    CodedEvent e =
        CodedEvent.builder()
            .id(Id.of("e"))
            .addParticipant(Participant.of(B, Role.SOURCE_ACTOR))
            .addParticipant(Participant.of(A, Role.TARGET_ACTOR))
            .addParticipant(Participant.of(A, Role.SOURCE_ACTOR))
            .addParticipant(Participant.of(B, Role.SENDER))
            .addParticipant(Participant.of(C, Role.PARTICIPANT))
            .cameoCode("040")
            .build();
    assertThat(e.actorIds(Direction.SOURCE)).containsExactly(B, A);
    assertThat(e.actorIds(Direction.TARGET)).containsExactly(A);
    assertThat(e.actorIds(Direction.NEUTRAL)).containsExactly(C);
  }
}
