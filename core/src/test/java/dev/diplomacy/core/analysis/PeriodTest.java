package dev.diplomacy.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.time.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  private static final PartialDate DAY = PartialDate.of(2018, 6, 1);

  @Test
  void aDayFallsIntoItsDayIsoWeekMonthAndYear() {
    assertThat(Period.DAY.start(DAY)).contains(LocalDate.of(2018, 6, 1));
    assertThat(Period.WEEK.start(DAY)).contains(LocalDate.of(2018, 5, 28)); // a Monday
    assertThat(Period.MONTH.start(DAY)).contains(LocalDate.of(2018, 6, 1));
    assertThat(Period.YEAR.start(DAY)).contains(LocalDate.of(2018, 1, 1));
  }

  @Test
  void aDateLessPreciseThanThePeriodFallsIntoNone() {
    PartialDate month = PartialDate.ofYearMonth(2018, 6);
    assertThat(Period.DAY.start(month)).isEmpty();
    assertThat(Period.WEEK.start(month)).isEmpty();
    assertThat(Period.MONTH.start(month)).contains(LocalDate.of(2018, 6, 1));
    assertThat(Period.MONTH.start(PartialDate.ofYear(2018))).isEmpty();
    assertThat(Period.YEAR.start(PartialDate.ofYear(2018))).contains(LocalDate.of(2018, 1, 1));
  }

  @Test
  void labelsNameThePeriodAsAnalystsWriteIt() {
    assertThat(Period.DAY.label(LocalDate.of(2018, 6, 1))).isEqualTo("2018-06-01");
    assertThat(Period.WEEK.label(LocalDate.of(2018, 5, 28))).isEqualTo("2018-W22");
    assertThat(Period.MONTH.label(LocalDate.of(2018, 6, 1))).isEqualTo("2018-06");
    assertThat(Period.YEAR.label(LocalDate.of(2018, 1, 1))).isEqualTo("2018");
  }

  @Test
  void theIsoWeekOfTheFirstDaysOfJanuaryMayBelongToTheYearBefore() {
    // 1 January 2021 was a Friday: ISO week 53 of 2020, which began on Monday 28 December 2020.
    LocalDate start = Period.WEEK.start(LocalDate.of(2021, 1, 1));
    assertThat(start).isEqualTo(LocalDate.of(2020, 12, 28));
    assertThat(Period.WEEK.label(start)).isEqualTo("2020-W53");
  }

  @Test
  void nextSteps() {
    assertThat(Period.DAY.next(LocalDate.of(2018, 12, 31))).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(Period.WEEK.next(LocalDate.of(2018, 5, 28))).isEqualTo(LocalDate.of(2018, 6, 4));
    assertThat(Period.MONTH.next(LocalDate.of(2018, 12, 1))).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(Period.YEAR.next(LocalDate.of(2018, 1, 1))).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(Period.MONTH).hasToString("month");
  }
}
