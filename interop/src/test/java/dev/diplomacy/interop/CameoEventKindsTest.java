package dev.diplomacy.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.time.When;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CameoEventKindsTest {

  private static final Id A = Id.of("a");
  private static final Id B = Id.of("b");

  @ParameterizedTest
  @CsvSource({
    "040, MEETING",
    "041, MEETING",
    "043, MEETING",
    "044, MEETING",
    "042, VISIT",
    "018, MESSAGE",
    "057, AGREEMENT",
    "032, SUPPORT_PLEDGE",
    "0333, SUPPORT_PLEDGE",
    "010, STATEMENT",
    "112, STATEMENT"
  })
  void eachCodeOfTheTableGivesItsKindWithTheSourceAndTargetInTheirPlaces(
      String code, EventKind kind) {
    Event built =
        CameoEventKinds.typedBuilder(code, Optional.of(A), Optional.of(B))
            .orElseThrow()
            .id(Id.of("e1"))
            .when(When.on("2018-06-01"))
            .build();
    assertThat(built.kind()).isEqualTo(kind);
    assertThat(built.actorIds()).containsExactlyInAnyOrder(A, B);
  }

  @Test
  void aRowWithoutTwoDifferentActorsHasNoTypedEventButAStatementNeedsOnlyItsSpeaker() {
    assertThat(CameoEventKinds.typedBuilder("040", Optional.of(A), Optional.of(A))).isEmpty();
    assertThat(CameoEventKinds.typedBuilder("040", Optional.of(A), Optional.empty())).isEmpty();
    assertThat(CameoEventKinds.typedBuilder("190", Optional.of(A), Optional.of(B))).isEmpty();
    assertThat(CameoEventKinds.typedBuilder("010", Optional.of(A), Optional.empty())).isPresent();
  }

  @Test
  void aMeetingOfACodedEventHasItsTwoActorsAsParticipantsNotTheirCameoRoles() {
    Meeting m =
        (Meeting)
            CameoEventKinds.typedBuilder("043", Optional.of(A), Optional.of(B))
                .orElseThrow()
                .id(Id.of("e1"))
                .build();
    assertThat(m.participants())
        .containsExactly(Participant.of(A, Role.HOST), Participant.of(B, Role.GUEST));
  }
}
