package dev.diplomacy.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.time.When;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CameoEventKindsTest {

  private static final Id A = Id.of("a");
  private static final Id B = Id.of("b");

  private static CodedEvent coded(String code, Optional<Id> source, Optional<Id> target) {
    CodedEvent.Builder b =
        CodedEvent.builder()
            .id(Id.of("e1"))
            .when(When.on("2018-06-01"))
            .addExternalId(ExternalId.of("icews", "1"))
            .putExtension("icews:x", ExtensionValue.of("y"))
            .cameoCode(code)
            .label("a label");
    source.ifPresent(s -> b.addParticipant(Participant.of(s, Role.SOURCE_ACTOR)));
    target.ifPresent(t -> b.addParticipant(Participant.of(t, Role.TARGET_ACTOR)));
    return b.build();
  }

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
  void theTypedBuilderWithTheEnvelopeSetBuildsWhatTypedMakesOfTheCodedEvent(
      String code, EventKind kind) {
    CodedEvent coded = coded(code, Optional.of(A), Optional.of(B));
    Event typed =
        CameoEventKinds.typed(coded, Map.of("gdelt:x", ExtensionValue.of(1))).orElseThrow();
    Event built =
        CameoEventKinds.typedBuilder(code, Optional.of(A), Optional.of(B))
            .orElseThrow()
            .id(coded.id())
            .when(coded.when())
            .externalIds(coded.externalIds())
            .extensions(coded.extensions())
            .putExtension("gdelt:x", ExtensionValue.of(1))
            .build();

    assertThat(typed.kind()).isEqualTo(kind);
    assertThat(built).isEqualTo(typed);
    assertThat(typed.externalIds()).isEqualTo(coded.externalIds());
    assertThat(typed.extensions()).containsKeys("icews:x", "gdelt:x");
  }

  @Test
  void aRowWithoutTwoDifferentActorsHasNoTypedEventButAStatementNeedsOnlyItsSpeaker() {
    assertThat(CameoEventKinds.typedBuilder("040", Optional.of(A), Optional.of(A))).isEmpty();
    assertThat(CameoEventKinds.typedBuilder("040", Optional.of(A), Optional.empty())).isEmpty();
    assertThat(CameoEventKinds.typedBuilder("190", Optional.of(A), Optional.of(B))).isEmpty();
    assertThat(CameoEventKinds.typedBuilder("010", Optional.of(A), Optional.empty())).isPresent();
    assertThat(CameoEventKinds.typed(coded("040", Optional.of(A), Optional.empty()), Map.of()))
        .isEmpty();
  }

  @Test
  void aMeetingOfACodedEventHasItsTwoActorsAsParticipantsNotTheirCameoRoles() {
    Meeting m =
        (Meeting)
            CameoEventKinds.typed(coded("043", Optional.of(A), Optional.of(B)), Map.of())
                .orElseThrow();
    assertThat(m.participants())
        .containsExactly(Participant.of(A, Role.HOST), Participant.of(B, Role.GUEST));
  }
}
