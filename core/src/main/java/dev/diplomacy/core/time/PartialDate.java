package dev.diplomacy.core.time;

import dev.diplomacy.core.validation.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A date known to the year ({@code 1986}), the month ({@code 2018-03}) or the day ({@code
 * 2018-07-05}), as a news report gives it. It never invents a part the source did not give.
 *
 * <p>A partial date stands for the interval of days it covers: {@code 2018-03} covers 1 to 31 March
 * 2018. {@link #isBefore}, {@link #isAfter}, {@link #overlaps} and {@link #contains} compare those
 * intervals. {@link #compareTo} is a total order consistent with {@code equals}: by the first day
 * covered, then by the last day covered, so {@code 2018-01-01 < 2018-01 < 2018 < 2018-02}.
 *
 * <p>Years run from 1 to 9999 and are written with four digits. {@link #toString()} prints the ISO
 * 8601 text that {@link #parse} reads back.
 */
public final class PartialDate implements Comparable<PartialDate> {

  private static final String CODE = "partialDate.invalid";

  private final int year;
  private final int month; // 0 when not known
  private final int day; // 0 when not known

  /**
   * The text of {@link #toString()}, made on first use: a benign race, as a String is immutable.
   */
  private @Nullable String text;

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /** A date known to the year, such as 1986. */
  public static PartialDate ofYear(int year) {
    return make(year, 0, 0, null);
  }

  /** A date known to the month, such as March 2018. */
  public static PartialDate ofYearMonth(int year, int month) {
    if (month < 1 || month > 12) {
      throw invalid(year + "-" + month, "month must be 1 to 12, not " + month);
    }
    return make(year, month, 0, null);
  }

  /** A date known to the day. */
  public static PartialDate of(int year, int month, int day) {
    if (month < 1 || day < 1) {
      throw invalid(year + "-" + month + "-" + day, "month and day start at 1");
    }
    return make(year, month, day, null);
  }

  /**
   * The date; {@code month} and {@code day} are 0 when not known, and {@code text} is named in
   * errors: when null, the numbers are, joined by '-' (made only for an error).
   */
  private static PartialDate make(int year, int month, int day, @Nullable String text) {
    if (year < 1 || year > 9999) {
      throw invalid(written(year, month, day, text), "year must be 1 to 9999, not " + year);
    }
    if (month > 12) {
      throw invalid(written(year, month, day, text), "month must be 1 to 12, not " + month);
    }
    if (day != 0) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw invalid(written(year, month, day, text), e.getMessage());
      }
    }
    return new PartialDate(year, month, day);
  }

  private static String written(int year, int month, int day, @Nullable String text) {
    if (text != null) {
      return text;
    }
    return month == 0
        ? String.valueOf(year)
        : day == 0 ? year + "-" + month : year + "-" + month + "-" + day;
  }

  /** The given day. */
  public static PartialDate of(LocalDate date) {
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** The given month. */
  public static PartialDate of(YearMonth month) {
    return ofYearMonth(month.getYear(), month.getMonthValue());
  }

  /**
   * Reads ISO 8601 text: {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, digits only.
   *
   * @throws ValidationException naming the text and the rule, for anything else, including days
   *     that do not exist ({@code 2018-02-30})
   */
  public static PartialDate parse(CharSequence text) {
    String s = text.toString();
    int n = s.length();
    if (!(n == 4 || n == 7 || n == 10)
        || !digits(s, 0, 4)
        || (n >= 7 && (s.charAt(4) != '-' || !digits(s, 5, 7)))
        || (n == 10 && (s.charAt(7) != '-' || !digits(s, 8, 10)))) {
      throw invalid(s, "expected yyyy, yyyy-MM or yyyy-MM-dd");
    }
    int y = Integer.parseInt(s.substring(0, 4));
    int m = n == 4 ? 0 : Integer.parseInt(s.substring(5, 7));
    int d = n == 10 ? Integer.parseInt(s.substring(8, 10)) : 0;
    if ((n >= 7 && m == 0) || (n == 10 && d == 0)) {
      throw invalid(s, "month and day start at 1");
    }
    return make(y, m, d, s);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static ValidationException invalid(String text, String rule) {
    return ValidationException.of(
        "PartialDate", "", CODE, "Invalid partial date '" + text + "': " + rule);
  }

  /** How much of the date is known. */
  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** The year. */
  public int year() {
    return year;
  }

  /** The month, 1 to 12, when known. */
  public OptionalInt month() {
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /** The day of the month, when known. */
  public OptionalInt day() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /** True when the day is known. */
  public boolean isFullDate() {
    return day != 0;
  }

  /** The first day this date covers. */
  public LocalDate start() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /** The last day this date covers. */
  public LocalDate end() {
    if (day != 0) {
      return LocalDate.of(year, month, day);
    }
    if (month != 0) {
      return YearMonth.of(year, month).atEndOfMonth();
    }
    return LocalDate.of(year, 12, 31);
  }

  /** True when every day of this date comes before every day of {@code other}. */
  public boolean isBefore(PartialDate other) {
    return end().isBefore(other.start());
  }

  /** True when every day of this date comes after every day of {@code other}. */
  public boolean isAfter(PartialDate other) {
    return start().isAfter(other.end());
  }

  /** True when the two dates share at least one day: neither is before the other. */
  public boolean overlaps(PartialDate other) {
    return !isBefore(other) && !isAfter(other);
  }

  /** True when every day of {@code other} is a day of this date: 2018 contains 2018-07-05. */
  public boolean contains(PartialDate other) {
    return !other.start().isBefore(start()) && !other.end().isAfter(end());
  }

  /** True when {@code date} is one of the days this date covers. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** The day, when known. */
  public java.util.Optional<LocalDate> toLocalDate() {
    return day == 0 ? java.util.Optional.empty() : java.util.Optional.of(end());
  }

  /** This date cut to a coarser precision; the same date if it is already as coarse. */
  public PartialDate truncatedTo(Precision precision) {
    if (precision.compareTo(precision()) >= 0) {
      return this;
    }
    return precision == Precision.YEAR
        ? new PartialDate(year, 0, 0)
        : new PartialDate(year, month, 0);
  }

  @Override
  public int compareTo(PartialDate other) {
    int c = start().compareTo(other.start());
    return c != 0 ? c : end().compareTo(other.end());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate p && p.year == year && p.month == month && p.day == day;
  }

  @Override
  public int hashCode() {
    return (year * 13 + month) * 32 + day;
  }

  /** The ISO 8601 text: {@code 1986}, {@code 2018-03} or {@code 2018-07-05}. */
  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      t = format();
      text = t;
    }
    return t;
  }

  private String format() {
    StringBuilder b = new StringBuilder(10);
    pad(b, year, 4);
    if (month != 0) {
      pad(b.append('-'), month, 2);
    }
    if (day != 0) {
      pad(b.append('-'), day, 2);
    }
    return b.toString();
  }

  private static void pad(StringBuilder b, int value, int width) {
    String s = Integer.toString(value);
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    b.append(s);
  }
}
