package dev.diplomacy.core.events;

import static dev.diplomacy.core.events.Rejections.assertRejected;
import static dev.diplomacy.core.events.Rejections.assertRejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.codes.CameoCodebook;
import org.junit.jupiter.api.Test;

class CodedEventTest {

  private static final Id DPRK = Id.of("north-korea");
  private static final Id CUBA = Id.of("cuba");

  private static CodedEvent.Builder coded() {
    return CodedEvent.builder()
        .id(Id.of("icews-27823457"))
        .addParticipant(Participant.of(DPRK, Role.SOURCE_ACTOR))
        .addParticipant(Participant.of(CUBA, Role.TARGET_ACTOR));
  }

  @Test
  void modelsAnImportedEvent() {
    CodedEvent e =
        coded()
            .cameoCode("043")
            .label("Host a visit")
            .intensity(2.8)
            .addExternalId(ExternalId.of("icews", "27823457"))
            .build();
    assertThat(e.kind()).isEqualTo(EventKind.CODED);
    assertThat(e.cameoCode()).isEqualTo("043");
    assertThat(e.intensity()).hasValue(2.8);
    assertThat(e.actorIds()).containsExactly(DPRK, CUBA);
    assertThat(CodedEvent.builder().from(e).build()).isEqualTo(e);
  }

  @Test
  void acceptsCameoCodesOfTwoToFourDigitsWithTheirLeadingZeros() {
    for (String code : new String[] {"01", "018", "0211", "190"}) {
      assertThat(coded().cameoCode(code).build().cameoCode()).isEqualTo(code);
    }
  }

  @Test
  void rejectsAnythingElseAsACameoCode() {
    for (String code : new String[] {"", "1", "12345", "04a", " 043", "٠٤٣", "4.0"}) {
      assertRejectedAt(
          () -> coded().cameoCode(code).build(),
          new String[] {"cameoCode"},
          "codedEvent.cameoCode.format");
    }
  }

  @Test
  void aCodeOfTheRightFormatMustBeInTheCodebook() {
    for (String code : new String[] {"0999", "00", "21", "099", "0431", "2000"}) {
      assertRejectedAt(
          () -> coded().cameoCode(code).build(),
          new String[] {"cameoCode"},
          "codedEvent.cameoCode.unknown");
    }
  }

  @Test
  void everyCodeOfTheCodebookIsAccepted() {
    for (CameoCode code : CameoCodebook.all()) {
      assertThat(coded().cameoCode(code.code()).build().cameoCode()).isEqualTo(code.code());
    }
  }

  @Test
  void theIntensityIsFromMinusTenToTen() {
    assertThat(coded().cameoCode("19").intensity(-10).build().intensity()).hasValue(-10);
    assertThat(coded().cameoCode("057").intensity(10).build().intensity()).hasValue(10);
    for (double bad : new double[] {-10.1, 10.01, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertRejected(
          () -> coded().cameoCode("01").intensity(bad).build(), "codedEvent.intensity.range");
    }
  }

  @Test
  void needsAParticipant() {
    assertRejected(
        () -> CodedEvent.builder().id(Id.of("e")).cameoCode("01").build(),
        "codedEvent.participants.empty");
  }

  @Test
  void anActorMayHaveSeveralRolesButEachOnce() {
    assertThat(coded().addParticipant(Participant.of(DPRK)).cameoCode("01").build().actorIds())
        .containsExactly(DPRK, CUBA);
    assertRejectedAt(
        () ->
            coded().addParticipant(Participant.of(CUBA, Role.TARGET_ACTOR)).cameoCode("01").build(),
        new String[] {"participants[2]"},
        "codedEvent.participants.duplicate");
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    assertRejected(
        () -> CodedEvent.builder().id(Id.of("e")).cameoCode("4").intensity(11).label("").build(),
        "codedEvent.participants.empty",
        "codedEvent.cameoCode.format",
        "codedEvent.intensity.range",
        "codedEvent.label.blank");
  }
}
