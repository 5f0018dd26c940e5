package dev.diplomacy.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.validation.ValidationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  private static PartialDate d(String text) {
    return PartialDate.parse(text);
  }

  private static void assertInvalid(Executable make, String named) {
    assertThatThrownBy(make::execute)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("partialDate.invalid");
              assertThat(e.type()).isEqualTo("PartialDate");
              assertThat(e.getMessage()).contains("'" + named + "'");
            });
  }

  @Test
  void readsAYear() {
    PartialDate d = d("1986");
    assertThat(d.precision()).isEqualTo(Precision.YEAR);
    assertThat(d.year()).isEqualTo(1986);
    assertThat(d.month()).isEmpty();
    assertThat(d.day()).isEmpty();
    assertThat(d.isFullDate()).isFalse();
    assertThat(d.toLocalDate()).isEmpty();
    assertThat(d).isEqualTo(PartialDate.ofYear(1986)).hasToString("1986");
  }

  @Test
  void readsAMonth() {
    PartialDate d = d("2018-03");
    assertThat(d.precision()).isEqualTo(Precision.MONTH);
    assertThat(d.year()).isEqualTo(2018);
    assertThat(d.month()).hasValue(3);
    assertThat(d.day()).isEmpty();
    assertThat(d.isFullDate()).isFalse();
    assertThat(d)
        .isEqualTo(PartialDate.ofYearMonth(2018, 3))
        .isEqualTo(PartialDate.of(YearMonth.of(2018, 3)));
    assertThat(d).hasToString("2018-03");
  }

  @Test
  void readsADay() {
    PartialDate d = d("2018-07-05");
    assertThat(d.precision()).isEqualTo(Precision.DAY);
    assertThat(d.month()).hasValue(7);
    assertThat(d.day()).hasValue(5);
    assertThat(d.isFullDate()).isTrue();
    assertThat(d.toLocalDate()).contains(LocalDate.of(2018, 7, 5));
    assertThat(d)
        .isEqualTo(PartialDate.of(2018, 7, 5))
        .isEqualTo(PartialDate.of(LocalDate.of(2018, 7, 5)));
    assertThat(d).hasToString("2018-07-05");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0001",
        "0999",
        "9999",
        "2018-01",
        "2018-12",
        "2016-02-29",
        "2000-02-29",
        "9999-12-31",
        "0001-01-01"
      })
  void printsWhatItReads(String text) {
    assertThat(d(text)).hasToString(text);
    assertThat(d(d(text).toString())).isEqualTo(d(text));
  }

  @Test
  void padsSmallYearsToFourDigits() {
    assertThat(PartialDate.ofYear(1)).hasToString("0001");
    assertThat(PartialDate.ofYearMonth(33, 4)).hasToString("0033-04");
    assertThat(PartialDate.of(476, 9, 4)).hasToString("0476-09-04");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2018-02-30",
        "2019-02-29",
        "1900-02-29",
        "2018-04-31",
        "2018-13",
        "2018-00",
        "2018-07-00",
        "2018-07-32",
        "0000",
        "0000-01-01",
        "18",
        "218",
        "10000",
        "2018-7",
        "2018-07-5",
        "2018-07-05T10:00",
        "2018-07-05Z",
        "+2018",
        "-2018",
        "٢٠١٨",
        "２０１８",
        "20180705",
        "2018/07/05",
        "2018.07.05",
        "2018-07-",
        "2018-",
        " 2018",
        "2018 ",
        "",
        "July 2018",
        "2018-W27",
        "2018-186",
      })
  void rejectsAnythingElseNamingTheText(String text) {
    assertInvalid(() -> PartialDate.parse(text), text);
  }

  @Test
  void rejectsYearsOutside1To9999() {
    assertInvalid(() -> PartialDate.ofYear(0), "0");
    assertInvalid(() -> PartialDate.ofYear(10000), "10000");
    assertInvalid(() -> PartialDate.ofYear(-44), "-44");
    assertInvalid(() -> PartialDate.ofYearMonth(0, 1), "0-1");
    assertInvalid(() -> PartialDate.of(10000, 1, 1), "10000-1-1");
    assertInvalid(() -> PartialDate.of(LocalDate.of(10000, 1, 1)), "10000-1-1");
    assertInvalid(() -> PartialDate.of(YearMonth.of(0, 1)), "0-1");
    assertThatThrownBy(() -> PartialDate.ofYear(0)).hasMessageContaining("year must be 1 to 9999");
    assertThat(PartialDate.ofYear(1).year()).isEqualTo(1);
    assertThat(PartialDate.ofYear(9999).year()).isEqualTo(9999);
  }

  @Test
  void rejectsMonthsAndDaysThatDoNotExist() {
    assertInvalid(() -> PartialDate.ofYearMonth(2018, 13), "2018-13");
    assertInvalid(() -> PartialDate.ofYearMonth(2018, 0), "2018-0");
    assertInvalid(() -> PartialDate.of(2018, 2, 30), "2018-2-30");
    assertInvalid(() -> PartialDate.of(2019, 2, 29), "2019-2-29");
    assertInvalid(() -> PartialDate.of(2018, 0, 1), "2018-0-1");
    assertInvalid(() -> PartialDate.of(2018, 1, 0), "2018-1-0");
    assertInvalid(() -> PartialDate.of(2018, 13, 1), "2018-13-1");
    assertThatThrownBy(() -> PartialDate.parse("2019-02-29"))
        .hasMessageContaining("not a leap year");
    assertThatThrownBy(() -> PartialDate.parse("2018-00")).hasMessageContaining("start at 1");
  }

  @Test
  void coversTheDaysOfItsYearMonthOrDay() {
    assertThat(d("2018").start()).isEqualTo(LocalDate.of(2018, 1, 1));
    assertThat(d("2018").end()).isEqualTo(LocalDate.of(2018, 12, 31));
    assertThat(d("2018-02").end()).isEqualTo(LocalDate.of(2018, 2, 28));
    assertThat(d("2016-02").end()).isEqualTo(LocalDate.of(2016, 2, 29));
    assertThat(d("2018-07").start()).isEqualTo(LocalDate.of(2018, 7, 1));
    assertThat(d("2018-07-05").start())
        .isEqualTo(d("2018-07-05").end())
        .isEqualTo(LocalDate.of(2018, 7, 5));
  }

  @ParameterizedTest
  @CsvSource({
    // a, b, a before b, a after b, overlap
    "2018, 2019, true, false, false",
    "2019, 2018, false, true, false",
    "2018-06-30, 2018-07, true, false, false",
    "2018-08-01, 2018-07, false, true, false",
    "2018-07, 2018-07-31, false, false, true",
    "2018, 2018-07-05, false, false, true",
    "2018-07-05, 2018, false, false, true",
    "2018-07-05, 2018-07-05, false, false, true",
    "2018-12-31, 2019, true, false, false",
    "2018, 2018, false, false, true",
  })
  void comparesTheDaysCovered(String a, String b, boolean before, boolean after, boolean overlap) {
    assertThat(d(a).isBefore(d(b))).isEqualTo(before);
    assertThat(d(a).isAfter(d(b))).isEqualTo(after);
    assertThat(d(a).overlaps(d(b))).isEqualTo(overlap);
    assertThat(d(b).overlaps(d(a))).isEqualTo(overlap);
  }

  @Test
  void containsTheDatesWithinIt() {
    assertThat(d("2018").contains(d("2018-07-05"))).isTrue();
    assertThat(d("2018").contains(d("2018-07"))).isTrue();
    assertThat(d("2018").contains(d("2018"))).isTrue();
    assertThat(d("2018-07").contains(d("2018-07-31"))).isTrue();
    assertThat(d("2018-07").contains(d("2018-08-01"))).isFalse();
    assertThat(d("2018-07-05").contains(d("2018-07"))).isFalse();
    assertThat(d("2018-07").contains(d("2018"))).isFalse();
    assertThat(d("2018").contains(d("2019-01"))).isFalse();
    assertThat(d("2018-07").contains(LocalDate.of(2018, 7, 5))).isTrue();
    assertThat(d("2018-07").contains(LocalDate.of(2018, 6, 30))).isFalse();
    assertThat(d("2018-07-05").contains(LocalDate.of(2018, 7, 5))).isTrue();
    assertThat(d("2018-07-05").contains(LocalDate.of(2018, 7, 6))).isFalse();
  }

  @Test
  void truncatesToACoarserPrecision() {
    PartialDate day = d("2018-07-05");
    assertThat(day.truncatedTo(Precision.DAY)).isSameAs(day);
    assertThat(day.truncatedTo(Precision.MONTH)).isEqualTo(d("2018-07"));
    assertThat(day.truncatedTo(Precision.YEAR)).isEqualTo(d("2018"));
    assertThat(d("2018-07").truncatedTo(Precision.YEAR)).isEqualTo(d("2018"));
    assertThat(d("2018-07").truncatedTo(Precision.DAY)).isEqualTo(d("2018-07"));
    assertThat(d("2018").truncatedTo(Precision.MONTH)).isEqualTo(d("2018"));
  }

  @Test
  void ordersByFirstDayThenLastDay() {
    List<PartialDate> dates =
        new ArrayList<>(
            List.of(d("2018-02"), d("2018"), d("2018-01"), d("2017-12-31"), d("2018-01-01")));
    Collections.sort(dates);
    assertThat(dates)
        .containsExactly(d("2017-12-31"), d("2018-01-01"), d("2018-01"), d("2018"), d("2018-02"));
    assertThat(d("2018").compareTo(d("2018"))).isZero();
  }

  @Test
  void isEqualByValue() {
    assertThat(d("2018-07"))
        .isEqualTo(PartialDate.ofYearMonth(2018, 7))
        .hasSameHashCodeAs(PartialDate.ofYearMonth(2018, 7));
    assertThat(d("2018-07"))
        .isNotEqualTo(d("2018-07-01"))
        .isNotEqualTo(d("2018"))
        .isNotEqualTo("2018-07");
    assertThat(d("2018-01-01").hashCode()).isNotEqualTo(d("2018-01").hashCode());
  }
}
