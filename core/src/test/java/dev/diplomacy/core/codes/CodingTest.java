package dev.diplomacy.core.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class CodingTest {

  @Test
  void carriesTheCodesRootQuadClassAndGoldstein() {
    Coding c = Coding.of(CameoCode.of("043"));
    assertThat(c.cameo().code()).isEqualTo("043");
    assertThat(c.root().code()).isEqualTo("04");
    assertThat(c.quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
    assertThat(c.goldstein()).isEqualTo(2.8);
    assertThat(c.notes()).isEmpty();
  }

  @Test
  void givesThePloverCategoryOfTheTableAndNoGap() {
    Coding c = Coding.of(CameoCode.of("044"));
    assertThat(c.plover()).isEqualTo(PloverTable.forCameo(CameoCode.of("044")));
    assertThat(c.plover().orElseThrow().category()).isEqualTo(PloverCategory.CONSULT);
    assertThat(c.plover().orElseThrow().mode()).contains("third-party");
    assertThat(c.ploverGap()).isEmpty();
  }

  @Test
  void saysWhyPloverHasNoCategoryForStatementsAndAppeals() {
    assertThat(Coding.of(CameoCode.of("018")).plover()).isEmpty();
    assertThat(Coding.of(CameoCode.of("018")).ploverGap())
        .contains(
            "PLOVER has no category for CAMEO 01/02 (public statements and appeals): 018 'Make empathetic comment'"
                + " is coded in CAMEO only");
    assertThat(Coding.of(CameoCode.of("0211")).ploverGap().orElseThrow())
        .startsWith("PLOVER has no category for CAMEO 01/02");
  }

  @Test
  void saysWhyPloverHasNoCategoryForTheRootCode08() {
    assertThat(Coding.of(CameoCode.of("08")).ploverGap().orElseThrow())
        .contains("root code 08 (yield)")
        .contains("CONCEDE and RETREAT");
  }

  @Test
  void everyCodeOfTheCodebookHasExactlyOneOfPloverAndGap() {
    for (CameoCode code : CameoCodebook.all()) {
      Coding c = Coding.of(code);
      assertThat(c.plover().isPresent()).as(code.code()).isNotEqualTo(c.ploverGap().isPresent());
    }
  }

  @Test
  void keepsNotes() {
    Coding c = Coding.builder().cameo(CameoCode.of("041")).addNote("a video call").build();
    assertThat(c.notes()).containsExactly("a video call");
    assertThat(Coding.builder().from(c).build()).isEqualTo(c);
    assertThat(c.withNotes()).isEqualTo(Coding.of(CameoCode.of("041")));
  }

  @Test
  void rejectsABlankNote() {
    assertThatThrownBy(() -> Coding.builder().cameo(CameoCode.of("041")).addNote(" ").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("coding.notes.blank"));
  }

  @Test
  void comparesByCodeAndNotes() {
    // Two instances made apart, one by the factory and one by the builder: equal by value.
    assertThat(Coding.of(CameoCode.of("040")))
        .isEqualTo(Coding.builder().cameo(CameoCode.of("040")).build())
        .hasSameHashCodeAs(Coding.builder().cameo(CameoCode.of("040")).build());
    assertThat(Coding.of(CameoCode.of("040"))).isNotEqualTo(Coding.of(CameoCode.of("041")));
    assertThat(Coding.of(CameoCode.of("040")).toString()).contains("040");
  }
}
