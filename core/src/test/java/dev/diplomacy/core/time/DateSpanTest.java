package dev.diplomacy.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateSpanTest {

  private static PartialDate d(String text) {
    return PartialDate.parse(text);
  }

  @Test
  void readsAndPrintsAClosedSpan() {
    DateSpan mourning = DateSpan.parse("2016-11-26/2016-11-28");
    assertThat(mourning.start()).contains(d("2016-11-26"));
    assertThat(mourning.end()).contains(d("2016-11-28"));
    assertThat(mourning.isOpen()).isFalse();
    assertThat(mourning).hasToString("2016-11-26/2016-11-28");
    assertThat(mourning).isEqualTo(DateSpan.of(d("2016-11-26"), d("2016-11-28")));
  }

  @Test
  void readsAndPrintsAnOpenSpan() {
    DateSpan alliance = DateSpan.parse("1960/..");
    assertThat(alliance.start()).contains(d("1960"));
    assertThat(alliance.end()).isEmpty();
    assertThat(alliance.isOpen()).isTrue();
    assertThat(alliance).hasToString("1960/..");
    assertThat(alliance).isEqualTo(DateSpan.since(d("1960")));
  }

  @Test
  void aLoneDateIsASpanOfThatDateAlone() {
    DateSpan span = DateSpan.parse("2018-07");
    assertThat(span).isEqualTo(DateSpan.of(d("2018-07"), d("2018-07")));
    assertThat(span).hasToString("2018-07/2018-07");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2011/2018",
        "2018-03/2018-04-02",
        "1960/..",
        "../1961",
        "../2009-03-18",
        "0001/9999-12-31",
        "2018-07-05/2018-07-05",
        "2018/2018-12"
      })
  void printsWhatItReads(String text) {
    assertThat(DateSpan.parse(text)).hasToString(text);
    assertThat(DateSpan.parse(DateSpan.parse(text).toString())).isEqualTo(DateSpan.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2016/2017/2018", "1960/../..", "2018//2019"})
  void rejectsMoreThanOneSlash(String text) {
    assertThatThrownBy(() -> DateSpan.parse(text))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("dateSpan.format");
              assertThat(e.getMessage()).contains("'" + text + "'");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"2018/", "/2018", "2018/..2019", "2018/ 2019", "2018-02-30/2018-03", ""})
  void rejectsADateItCannotRead(String text) {
    assertThatThrownBy(() -> DateSpan.parse(text))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("partialDate.invalid"));
  }

  @Test
  void mustNotEndBeforeItStarts() {
    assertThatThrownBy(() -> DateSpan.of(d("2018-07"), d("2018-06")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("dateSpan.order");
              assertThat(e.findings()).extracting(Finding::path).containsExactly("end");
              assertThat(e.getMessage()).contains("2018-06").contains("2018-07");
            });
    assertThatThrownBy(() -> DateSpan.parse("2016-11-28/2016-11-26"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("dateSpan.order"));
    assertThatThrownBy(() -> DateSpan.since(d("2018")).withEnd(d("2017-12-31")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("dateSpan.order"));
  }

  @Test
  void mayEndWithinItsStartWhenPrecisionsDiffer() {
    // The rule compares the days covered: the end is not wholly before the start.
    assertThat(DateSpan.of(d("2018-07-05"), d("2018-07")).end()).contains(d("2018-07"));
    assertThat(DateSpan.of(d("2018"), d("2018-03")).end()).contains(d("2018-03"));
    assertThat(DateSpan.of(d("2018-07"), d("2018-07-01")).start()).contains(d("2018-07"));
    assertThat(DateSpan.of(d("2018-07-05"), d("2018-07-05")).isOpen()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    // span, date, contains, mayContain
    "2016-11-26/2016-11-28, 2016-11-27, true, true",
    "2016-11-26/2016-11-28, 2016-11-26, true, true",
    "2016-11-26/2016-11-28, 2016-11-28, true, true",
    "2016-11-26/2016-11-28, 2016-11-29, false, false",
    "2016-11-26/2016-11-28, 2016-11-25, false, false",
    "2016-11-26/2016-11-28, 2016-11, false, true",
    "2016-11-26/2016-11-28, 2016, false, true",
    "2016-11-26/2016-11-28, 2017, false, false",
    "2011/2018, 2014-05-03, true, true",
    "2011/2018, 2018-12, true, true",
    "2011/2018, 2019-01-01, false, false",
    "2011-06/2018, 2011, false, true",
    "1960/.., 2018-07-05, true, true",
    "1960/.., 1960, true, true",
    "1960/.., 1959-12-31, false, false",
    "1960-06/.., 1960, false, true",
    "1960-06/.., 9999, true, true",
    "../1961, 1900, true, true",
    "../1961, 1961-12-31, true, true",
    "../1961, 1962, false, false",
    "../1961-06, 1961, false, true",
  })
  void containsWhatIsSurelyWithinAndMayContainWhatSharesADay(
      String span, String date, boolean contains, boolean mayContain) {
    assertThat(DateSpan.parse(span).contains(d(date))).isEqualTo(contains);
    assertThat(DateSpan.parse(span).mayContain(d(date))).isEqualTo(mayContain);
  }

  @Test
  void readsAndPrintsASpanWhoseStartIsNotKnown() {
    DateSpan relations = DateSpan.parse("../1961");
    assertThat(relations.start()).isEmpty();
    assertThat(relations.end()).contains(d("1961"));
    assertThat(relations.isOpen()).isFalse();
    assertThat(relations).isEqualTo(DateSpan.until(d("1961"))).hasToString("../1961");
  }

  @Test
  void knowsAtLeastOneOfItsEnds() {
    assertThatThrownBy(() -> DateSpan.parse("../.."))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("dateSpan.empty");
              assertThat(e.findings().get(0).path()).isEqualTo("start");
            });
    assertThatThrownBy(() -> DateSpan.builder().build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("dateSpan.empty"));
  }

  @Test
  void isAValueLikeAnyOther() {
    DateSpan span = DateSpan.of(d("2011"), d("2018"));
    assertThat(DateSpan.builder().from(span).build()).isEqualTo(span).hasSameHashCodeAs(span);
    assertThat(DateSpan.builder().start(d("1960")).build()).isEqualTo(DateSpan.since(d("1960")));
    assertThat(span.withEnd(d("2019")).end()).contains(d("2019"));
    assertThat(span.withStart(d("2012")).start()).contains(d("2012"));
    assertThat(span).isNotEqualTo(DateSpan.since(d("2011")));
  }
}
