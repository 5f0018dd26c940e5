package dev.diplomacy.core.analysis;

import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.Precision;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * The length of the periods of a series: a day, an ISO week (Monday to Sunday, named by its
 * week-based year: {@code 2018-W22}), a calendar month or a calendar year. A period is named by its
 * first day; a date falls into a period when it is at least as precise as the period needs: a day
 * or a week needs a full date, a month a month, a year any date.
 */
public enum Period {
  /** One day: {@code 2018-06-01}. */
  DAY,
  /** An ISO week, Monday to Sunday: {@code 2018-W22}. */
  WEEK,
  /** A calendar month: {@code 2018-06}. */
  MONTH,
  /** A calendar year: {@code 2018}. */
  YEAR;

  /**
   * The first day of the period that holds {@code date}; empty when the date is less precise than
   * the period needs (a month, {@code 2018-06}, has no day or week).
   */
  public Optional<LocalDate> start(PartialDate date) {
    Precision needed =
        switch (this) {
          case DAY, WEEK -> Precision.DAY;
          case MONTH -> Precision.MONTH;
          case YEAR -> Precision.YEAR;
        };
    if (date.precision().compareTo(needed) < 0) {
      return Optional.empty();
    }
    return Optional.of(start(date.start()));
  }

  /** The first day of the period that holds {@code day}. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case YEAR -> day.withDayOfYear(1);
    };
  }

  /** The first day of the period after the one that starts on {@code start}. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case YEAR -> start.plusYears(1);
    };
  }

  /**
   * The name of the period that starts on {@code start}: {@code 2018-06-01}, {@code 2018-W22},
   * {@code 2018-06}, {@code 2018}.
   */
  public String label(LocalDate start) {
    return switch (this) {
      case DAY -> start.toString();
      case WEEK ->
          String.format(
              Locale.ROOT,
              "%d-W%02d",
              start.get(IsoFields.WEEK_BASED_YEAR),
              start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> YearMonth.from(start).toString();
      case YEAR -> Year.from(start).toString();
    };
  }

  /** The name in lower case, as the command line takes it: {@code month}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
