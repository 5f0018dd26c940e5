package dev.diplomacy.core.events;

import static dev.diplomacy.core.events.Rejections.assertRejected;
import static dev.diplomacy.core.events.Rejections.assertRejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import org.junit.jupiter.api.Test;

class DelegationTest {

  private static final Id DPRK = Id.of("north-korea");
  private static final Id CUBA = Id.of("cuba");
  private static final Id HEAD = Id.of("choe-ryong-hae");
  private static final Id M1 = Id.of("member-1");
  private static final Id M2 = Id.of("member-2");

  private static Delegation.Builder delegation() {
    return Delegation.builder().id(Id.of("delegation")).sender(DPRK);
  }

  @Test
  void modelsTheDelegationToFidelCastrosFuneral() {
    Delegation d = delegation().host(CUBA).occasion("the funeral of Fidel Castro").build();
    assertThat(d.kind()).isEqualTo(EventKind.DELEGATION);
    assertThat(d.participants())
        .containsExactly(Participant.of(DPRK, Role.SENDER), Participant.of(CUBA, Role.HOST));
    assertThat(Delegation.builder().from(d).build()).isEqualTo(d);
  }

  @Test
  void participantsAreSenderHeadMembersThenHost() {
    Delegation d = delegation().head(HEAD).addMembers(M1, M2).host(CUBA).build();
    assertThat(d.participants())
        .containsExactly(
            Participant.of(DPRK, Role.SENDER),
            Participant.of(HEAD, Role.HEAD_OF_DELEGATION),
            Participant.of(M1, Role.DELEGATION_MEMBER),
            Participant.of(M2, Role.DELEGATION_MEMBER),
            Participant.of(CUBA, Role.HOST));
  }

  @Test
  void rejectsAMemberListedTwice() {
    assertRejectedAt(
        () -> delegation().addMembers(M1, M2, M1).build(),
        new String[] {"members[2]"},
        "delegation.members.duplicate");
  }

  @Test
  void theHeadIsNotRepeatedAmongTheMembers() {
    assertRejectedAt(
        () -> delegation().head(HEAD).addMembers(M1, HEAD).build(),
        new String[] {"members[1]"},
        "delegation.members.head");
  }

  @Test
  void theSenderIsNeitherTheHeadNorAMember() {
    assertRejected(() -> delegation().head(DPRK).build(), "delegation.head.sender");
    assertRejectedAt(
        () -> delegation().addMembers(M1, DPRK).build(),
        new String[] {"members[1]"},
        "delegation.members.sender");
  }

  @Test
  void theHostIsNeitherTheSenderNorInTheDelegation() {
    assertRejected(() -> delegation().host(DPRK).build(), "delegation.host.sender");
    assertRejected(() -> delegation().addMember(M1).host(M1).build(), "delegation.host.member");
    assertRejected(() -> delegation().head(HEAD).host(HEAD).build(), "delegation.host.member");
  }

  @Test
  void rejectsABlankOccasion() {
    assertRejected(() -> delegation().occasion("  ").build(), "delegation.occasion.blank");
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    assertRejected(
        () -> delegation().head(DPRK).addMembers(DPRK, DPRK).host(DPRK).occasion("").build(),
        "delegation.head.sender",
        "delegation.members.duplicate",
        "delegation.members.head",
        "delegation.members.head",
        "delegation.members.sender",
        "delegation.members.sender",
        "delegation.host.sender",
        "delegation.host.member",
        "delegation.occasion.blank");
  }
}
