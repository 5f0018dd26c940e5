package dev.diplomacy.core.events;

import static dev.diplomacy.core.events.Rejections.assertRejected;
import static dev.diplomacy.core.events.Rejections.assertRejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ChildJvm;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.time.When;
import dev.diplomacy.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingTest {

  private static final Id RI = Id.of("ri-su-yong");
  private static final Id RAUL = Id.of("raul-castro");
  private static final Id KIM = Id.of("kim-jong-un");
  private static final Id LAVROV = Id.of("sergei-lavrov");

  private static Meeting.Builder meeting() {
    return Meeting.builder().id(Id.of("meeting"));
  }

  @Test
  void modelsTheBilateralTalksInHavana() {
    Meeting m =
        meeting()
            .when(When.on("2018-07-05"))
            .place(Place.of("Havana", Country.of("CU")))
            .addParticipant(
                Participant.builder()
                    .actor(RI)
                    .role(Role.HEAD_OF_DELEGATION)
                    .capacity("Vice Chairman of the Workers' Party of Korea")
                    .build())
            .addParticipant(Participant.of(RAUL, Role.HOST))
            .format(MeetingFormat.BILATERAL)
            .atmosphere("friendly")
            .addTopic("bilateral relations")
            .addCitation(
                Citation.of(
                    Id.of("kcna-2018-07-09"), "the talk took place in a friendly atmosphere"))
            .build();

    assertThat(m.kind()).isEqualTo(EventKind.MEETING);
    assertThat(m.actorIds()).containsExactly(RI, RAUL);
    assertThat(m.participants().get(0).capacity())
        .contains("Vice Chairman of the Workers' Party of Korea");
    assertThat(m.atmosphere()).contains("friendly");
    assertThat(Meeting.builder().from(m).build()).isEqualTo(m);
  }

  @Test
  void acceptsAMultilateralMeetingWithEveryMeetingRole() {
    Meeting m =
        meeting()
            .addParticipant(Participant.of(KIM, Role.HOST))
            .addParticipant(Participant.of(LAVROV, Role.GUEST))
            .addParticipant(Participant.of(RI, Role.DELEGATION_MEMBER))
            .addParticipant(Participant.of(RAUL, Role.MEDIATOR))
            .addParticipant(Participant.of(Id.of("someone")))
            .format(MeetingFormat.MULTILATERAL)
            .build();
    assertThat(m.participants())
        .extracting(Participant::role)
        .containsExactly(
            Role.HOST, Role.GUEST, Role.DELEGATION_MEMBER, Role.MEDIATOR, Role.PARTICIPANT);
  }

  @Test
  void needsAtLeastTwoDistinctActors() {
    assertRejected(() -> meeting().build(), "meeting.participants.distinct");
    assertRejected(
        () -> meeting().addParticipant(Participant.of(KIM)).build(),
        "meeting.participants.distinct");
  }

  @Test
  void rejectsAnActorListedTwiceAtItsPlace() {
    assertRejectedAt(
        () ->
            meeting()
                .addParticipants(
                    Participant.of(KIM), Participant.of(LAVROV), Participant.of(KIM, Role.HOST))
                .build(),
        new String[] {"participants[2]"},
        "meeting.participants.duplicate");
    assertRejected(
        () ->
            meeting().addParticipants(Participant.of(KIM), Participant.of(KIM, Role.HOST)).build(),
        "meeting.participants.duplicate",
        "meeting.participants.distinct");
  }

  @Test
  void rejectsRolesThatBelongToOtherKindsOfEvent() {
    assertRejectedAt(
        () ->
            meeting()
                .addParticipants(Participant.of(KIM, Role.SENDER), Participant.of(LAVROV))
                .build(),
        new String[] {"participants[0].role"},
        "meeting.participants.role");
  }

  @Test
  void allowsOneHostAtMost() {
    assertRejected(
        () ->
            meeting()
                .addParticipants(Participant.of(KIM, Role.HOST), Participant.of(LAVROV, Role.HOST))
                .build(),
        "meeting.participants.host");
  }

  @Test
  void aBilateralMeetingHasExactlyTwoActors() {
    assertThat(
            meeting()
                .addParticipants(Participant.of(KIM), Participant.of(LAVROV))
                .format(MeetingFormat.BILATERAL)
                .build()
                .format())
        .contains(MeetingFormat.BILATERAL);
    assertRejected(
        () ->
            meeting()
                .addParticipants(Participant.of(KIM), Participant.of(LAVROV), Participant.of(RI))
                .format(MeetingFormat.BILATERAL)
                .build(),
        "meeting.format.bilateral");
  }

  @Test
  void delegationMembersDoNotCountAsSidesOfABilateralMeeting() {
    Meeting talks =
        meeting()
            .addParticipants(
                Participant.of(KIM, Role.HEAD_OF_DELEGATION),
                Participant.of(RI, Role.DELEGATION_MEMBER),
                Participant.of(LAVROV, Role.HEAD_OF_DELEGATION))
            .format(MeetingFormat.BILATERAL)
            .build();
    assertThat(talks.actorIds()).hasSize(3);
  }

  @Test
  void aPhoneCallIsAMeeting() {
    Meeting call =
        meeting()
            .addParticipants(Participant.of(KIM), Participant.of(LAVROV))
            .format(MeetingFormat.PHONE)
            .build();
    assertThat(call.format()).contains(MeetingFormat.PHONE);
  }

  @Test
  void rejectsBlankTopicsAndAtmosphere() {
    assertRejectedAt(
        () ->
            meeting()
                .addParticipants(Participant.of(KIM), Participant.of(LAVROV))
                .addTopics("sanctions", " ")
                .atmosphere("")
                .build(),
        new String[] {"topics[1]", "atmosphere"},
        "meeting.topics.blank",
        "meeting.atmosphere.blank");
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    assertRejected(
        () ->
            meeting()
                .addParticipants(
                    Participant.of(KIM, Role.HOST),
                    Participant.of(KIM, Role.HOST),
                    Participant.of(LAVROV, Role.VISITOR))
                .format(MeetingFormat.BILATERAL)
                .summary(" ")
                .addTopic("")
                .build(),
        "meeting.summary.blank",
        "meeting.participants.duplicate",
        "meeting.participants.role",
        "meeting.participants.host",
        "meeting.topics.blank");
  }

  @Test
  void anActorListedManyTimesGivesTheFirstHundredFindingsAndCountsTheRest() {
    List<Participant> participants = new ArrayList<>();
    participants.add(Participant.of(Id.of("raul-castro")));
    for (int i = 0; i < 250; i++) {
      participants.add(Participant.of(Id.of("ri-su-yong")));
    }
    try {
      Meeting.builder().id(Id.of("m")).participants(participants).build();
      throw new AssertionError("built");
    } catch (ValidationException e) {
      assertThat(e.findings()).hasSize(Checks.MAX_FINDINGS);
      assertThat(e.findings().get(0).path()).isEqualTo("participants[2]");
      assertThat(e.omitted()).isEqualTo(249 - Checks.MAX_FINDINGS);
      assertThat(e.getMessage()).startsWith("Invalid Meeting (249 problems, the first 100 listed)");
    }
  }

  @Test
  void anActorListedAMillionTimesIsRefusedInA256MibHeap() throws Exception {
    // It ran out of memory there: every one of the 999,999 findings was made before any limit.
    assertThat(ChildJvm.run("256m", ManyDuplicates.class, "1000000").strip())
        .isEqualTo(Checks.MAX_FINDINGS + " " + (999_999 - Checks.MAX_FINDINGS));
  }
}
