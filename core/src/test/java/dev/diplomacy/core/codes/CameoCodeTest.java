package dev.diplomacy.core.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CameoCodeTest {

  @Test
  void keepsItsLeadingZeros() {
    CameoCode visit = CameoCode.of("042");
    assertThat(visit.code()).isEqualTo("042");
    assertThat(visit).hasToString("042");
    assertThat(visit.label()).isEqualTo("Make a visit");
    assertThat(visit.goldstein()).isEqualTo(1.9);
  }

  /**
   * The diplomacy-relevant codes and scores that DOMAIN.md lists; the codebook agrees with each.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "018|3.4|Make empathetic comment",
        "030|4.0|Express intent to cooperate",
        "032|4.5|Express intent to engage in diplomatic cooperation (such as policy support)",
        "036|4.0|Express intent to meet or negotiate",
        "040|1.0|Consult",
        "041|1.0|Discuss by telephone",
        "042|1.9|Make a visit",
        "043|2.8|Host a visit",
        "044|2.5|Meet at a 'third' location",
        "046|7.0|Engage in negotiation",
        "051|3.4|Praise or endorse",
        "057|8.0|Sign formal agreement",
        "070|7.0|Provide aid",
        "071|7.4|Provide economic aid",
        "072|8.3|Provide military aid",
        "073|7.4|Provide humanitarian aid"
      })
  void hasTheGoldsteinScoresOfTheDomain(String code, double goldstein, String label) {
    CameoCode c = CameoCode.of(code);
    assertThat(c.goldstein()).isEqualTo(goldstein);
    assertThat(c.label()).isEqualTo(label);
  }

  @Test
  void walksUpToItsRoot() {
    CameoCode pledge = CameoCode.of("0332");
    assertThat(pledge.parent()).contains(CameoCode.of("033"));
    assertThat(CameoCode.of("033").parent()).contains(CameoCode.of("03"));
    assertThat(CameoCode.of("03").parent()).isEmpty();
    assertThat(pledge.root()).isEqualTo(CameoCode.of("03"));
    assertThat(pledge.isRoot()).isFalse();
    assertThat(CameoCode.of("03").isRoot()).isTrue();
    assertThat(CameoCode.of("03").root()).isSameAs(CameoCode.of("03"));
    assertThat(CameoCode.of("1823").root()).hasToString("18");
  }

  @Test
  void rootCodesHaveNamesAndScoresToo() {
    CameoCode consult = CameoCode.of("04");
    assertThat(consult.label()).isEqualTo("Consult");
    assertThat(consult.goldstein()).isEqualTo(1.0);
    assertThat(CameoCode.of("01").label()).isEqualTo("Make public statement");
    assertThat(CameoCode.of("20").goldstein()).isEqualTo(-10.0);
  }

  @ParameterizedTest
  @CsvSource({
    "01,VERBAL_COOPERATION",
    "018,VERBAL_COOPERATION",
    "0214,VERBAL_COOPERATION",
    "043,VERBAL_COOPERATION",
    "057,VERBAL_COOPERATION",
    "06,MATERIAL_COOPERATION",
    "072,MATERIAL_COOPERATION",
    "0874,MATERIAL_COOPERATION",
    "09,VERBAL_CONFLICT",
    "112,VERBAL_CONFLICT",
    "1385,VERBAL_CONFLICT",
    "14,MATERIAL_CONFLICT",
    "163,MATERIAL_CONFLICT",
    "190,MATERIAL_CONFLICT",
    "2042,MATERIAL_CONFLICT"
  })
  void takesItsQuadClassFromItsRoot(String code, QuadClass quadClass) {
    assertThat(CameoCode.of(code).quadClass()).isEqualTo(quadClass);
  }

  @Test
  void isEqualByCode() {
    assertThat(CameoCode.of("043"))
        .isEqualTo(CameoCode.of("043"))
        .hasSameHashCodeAs(CameoCode.of("043"));
    assertThat(CameoCode.of("043")).isNotEqualTo(CameoCode.of("042")).isNotEqualTo("043");
  }

  @Test
  void ordersAsText() {
    assertThat(CameoCode.of("04")).isLessThan(CameoCode.of("040"));
    assertThat(CameoCode.of("0332")).isLessThan(CameoCode.of("034"));
    assertThat(CameoCode.of("034")).isLessThan(CameoCode.of("04"));
    assertThat(CameoCode.of("19")).isLessThan(CameoCode.of("190"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"04", "043", "10", "01", "20", "190", "2042"})
  void readsTwoToFourDigits(String code) {
    assertThat(CameoCode.of(code).code()).isEqualTo(code);
    assertThat(CameoCode.isKnown(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "4", "42", "43", "00", "21", "99", "990", "04201", " 042", "042 ", "O42", "04a", "-42",
        "4.2", "０４２", "٠٤٢"
      })
  void rejectsTextThatIsNotTwoToFourAsciiDigitsStartingWithARoot(String code) {
    assertThat(CameoCode.isKnown(code)).isFalse();
    assertThatThrownBy(() -> CameoCode.of(code))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("cameoCode.format");
              assertThat(e.type()).isEqualTo("CameoCode");
              assertThat(e.getMessage()).contains("'" + code + "'");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"0999", "047", "0421", "1214", "0100", "2043", "209"})
  void rejectsCodesThatTheCodebookDoesNotHave(String code) {
    assertThat(CameoCode.isKnown(code)).isFalse();
    assertThatThrownBy(() -> CameoCode.of(code))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("cameoCode.unknown");
              assertThat(e.getMessage()).contains("'" + code + "'").contains("1.1b3");
            });
  }

  @Test
  void aCodeWithoutItsLeadingZeroIsNotACode() {
    assertThatThrownBy(() -> CameoCode.of("42"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("cameoCode.format"));
    assertThat(CameoCode.of("042").label()).isEqualTo("Make a visit");
  }
}
