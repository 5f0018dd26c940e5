package dev.diplomacy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExternalIdTest {

  private static void assertInvalid(Runnable make, String named) {
    assertThatThrownBy(make::run)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("externalId.format");
              assertThat(e.type()).isEqualTo("ExternalId");
              assertThat(e.getMessage()).contains(named);
            });
  }

  @Test
  void readsSchemeAndValue() {
    ExternalId kim = ExternalId.parse("wikidata:Q56226");
    assertThat(kim.scheme()).isEqualTo("wikidata");
    assertThat(kim.value()).isEqualTo("Q56226");
    assertThat(kim).hasToString("wikidata:Q56226");
    assertThat(kim)
        .isEqualTo(ExternalId.of("wikidata", "Q56226"))
        .isEqualTo(ExternalId.wikidata("Q56226"));
    assertThat(kim).hasSameHashCodeAs(ExternalId.wikidata("Q56226"));
    assertThat(ExternalId.WIKIDATA).isEqualTo("wikidata");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cameo:PRKGOV",
        "icews:Kim Jong-Un",
        "urn:isbn:0451450523",
        "geonames:1871859",
        "x-acme.v2+ext:ABC",
        "a:1"
      })
  void printsWhatItReads(String text) {
    ExternalId id = ExternalId.parse(text);
    assertThat(id).hasToString(text);
    assertThat(ExternalId.parse(id.toString())).isEqualTo(id);
  }

  @Test
  void theValueMayHoldColonsAndSpaces() {
    ExternalId id = ExternalId.parse("urn:isbn:0451450523");
    assertThat(id.scheme()).isEqualTo("urn");
    assertThat(id.value()).isEqualTo("isbn:0451450523");
    assertThat(ExternalId.parse("icews:Kim Jong-Un").value()).isEqualTo("Kim Jong-Un");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Q1", "Q56226", "Q9999999999"})
  void acceptsWikidataItems(String item) {
    assertThat(ExternalId.wikidata(item).value()).isEqualTo(item);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Q", "Q0", "Q056", "q56226", "P31", "56226", "Q56226 ", "Q-1", "Q１"})
  void rejectsWhatIsNoWikidataItem(String item) {
    assertInvalid(() -> ExternalId.wikidata(item), "'wikidata:" + item + "'");
    assertInvalid(() -> ExternalId.parse("wikidata:" + item), "'wikidata:" + item + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Wikidata", "WIKIDATA", "1abc", "-abc", "ex_ample", "a b", "ácme", ""})
  void rejectsABadScheme(String scheme) {
    assertInvalid(() -> ExternalId.of(scheme, "X1"), "'" + scheme + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "two\nlines", "two\rlines"})
  void rejectsABlankOrMultiLineValue(String value) {
    assertInvalid(() -> ExternalId.of("icews", value), "non-blank text on one line");
  }

  @ParameterizedTest
  @ValueSource(strings = {"wikidata", "", ":Q1", "Q56226"})
  void rejectsTextWithoutScheme(String text) {
    assertInvalid(() -> ExternalId.parse(text), "'" + text + "'");
  }

  @Test
  void ordersBySchemeThenValue() {
    assertThat(ExternalId.parse("cameo:ZZZ").compareTo(ExternalId.parse("icews:AAA"))).isNegative();
    assertThat(ExternalId.parse("icews:B").compareTo(ExternalId.parse("icews:A"))).isPositive();
    assertThat(ExternalId.parse("icews:A").compareTo(ExternalId.parse("icews:A"))).isZero();
    assertThat(ExternalId.parse("icews:A"))
        .isNotEqualTo(ExternalId.parse("cameo:A"))
        .isNotEqualTo("icews:A");
  }
}
