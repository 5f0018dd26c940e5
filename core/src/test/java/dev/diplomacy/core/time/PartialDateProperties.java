package dev.diplomacy.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of partial dates, on generated dates of every precision. */
class PartialDateProperties {

  /** Dates of any precision in the given years; a narrow range makes equal dates likely. */
  static Gen<PartialDate> dates(int fromYear, int toYear) {
    return integers()
        .between(fromYear, toYear)
        .zip(
            integers().between(0, 2),
            integers().between(1, 12),
            integers().between(1, 31),
            (year, precision, month, day) -> {
              if (precision == 0) {
                return PartialDate.ofYear(year);
              }
              if (precision == 1) {
                return PartialDate.ofYearMonth(year, month);
              }
              return PartialDate.of(
                  year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
            });
  }

  static Gen<PartialDate> anyDates() {
    return dates(1, 9999);
  }

  static Gen<PartialDate> closeDates() {
    return dates(2017, 2018);
  }

  static Gen<Precision> precisions() {
    return integers().between(0, 2).map(i -> Precision.values()[i]);
  }

  @Test
  void parseReadsWhatToStringPrints() {
    qt().forAll(anyDates()).check(d -> PartialDate.parse(d.toString()).equals(d));
  }

  @Test
  void toStringIsIsoText() {
    qt().forAll(anyDates()).check(d -> d.toString().matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"));
  }

  @Test
  void compareToIsAntisymmetric() {
    qt().forAll(closeDates(), closeDates())
        .check((a, b) -> Integer.signum(a.compareTo(b)) == -Integer.signum(b.compareTo(a)));
  }

  @Test
  void compareToIsTransitive() {
    qt().withExamples(3000)
        .forAll(closeDates(), closeDates(), closeDates())
        .check(
            (a, b, c) -> {
              boolean weak = a.compareTo(b) <= 0 && b.compareTo(c) <= 0;
              boolean strict = a.compareTo(b) < 0 && b.compareTo(c) < 0;
              return (!weak || a.compareTo(c) <= 0) && (!strict || a.compareTo(c) < 0);
            });
  }

  @Test
  void compareToIsZeroExactlyForEqualDates() {
    qt().forAll(closeDates(), closeDates())
        .check(
            (a, b) ->
                a.equals(b) == (a.compareTo(b) == 0)
                    && (!a.equals(b) || a.hashCode() == b.hashCode()));
  }

  @Test
  void equalDatesAreFoundByTheGenerator() {
    // Guards the two properties above: with only two years, equal pairs must come up.
    int[] equal = {0};
    qt().withExamples(2000)
        .forAll(closeDates(), closeDates())
        .check(
            (a, b) -> {
              if (a.equals(b)) {
                equal[0]++;
              }
              return true;
            });
    assertThat(equal[0]).isPositive();
  }

  @Test
  void beforeMeansSmallerAndAfterMeansGreater() {
    qt().forAll(closeDates(), closeDates())
        .check(
            (a, b) ->
                (!a.isBefore(b) || a.compareTo(b) < 0)
                    && (!a.isAfter(b) || a.compareTo(b) > 0)
                    && a.isBefore(b) == b.isAfter(a));
  }

  @Test
  void overlapsIsSymmetricAndExcludesBeforeAndAfter() {
    qt().forAll(closeDates(), closeDates())
        .check(
            (a, b) ->
                a.overlaps(b) == b.overlaps(a)
                    && a.overlaps(b) == !(a.isBefore(b) || a.isAfter(b))
                    && (!a.contains(b) || a.overlaps(b)));
  }

  @Test
  void aDateIsWithinEachOfItsTruncations() {
    qt().forAll(anyDates(), precisions())
        .check(
            (d, p) -> {
              PartialDate t = d.truncatedTo(p);
              return t.contains(d)
                  && t.precision().compareTo(p) <= 0
                  && t.precision() == (p.compareTo(d.precision()) < 0 ? p : d.precision())
                  && t.year() == d.year()
                  && t.truncatedTo(p).equals(t);
            });
  }

  @Test
  void containsIsReflexiveAndCoversTheFirstAndLastDay() {
    qt().forAll(anyDates())
        .check(
            d ->
                d.contains(d)
                    && d.contains(d.start())
                    && d.contains(d.end())
                    && !d.start().isAfter(d.end()));
  }
}
