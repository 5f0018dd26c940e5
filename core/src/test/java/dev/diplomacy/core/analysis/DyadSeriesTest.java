package dev.diplomacy.core.analysis;

import static dev.diplomacy.core.analysis.AnalysisFixtures.CN;
import static dev.diplomacy.core.analysis.AnalysisFixtures.KP;
import static dev.diplomacy.core.analysis.AnalysisFixtures.NGO;
import static dev.diplomacy.core.analysis.AnalysisFixtures.TRUMP;
import static dev.diplomacy.core.analysis.AnalysisFixtures.US;
import static dev.diplomacy.core.analysis.AnalysisFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.analysis.DyadSeries.Dyads;
import dev.diplomacy.core.analysis.DyadSeries.LeftOut;
import dev.diplomacy.core.codes.QuadClass;
import dev.diplomacy.core.time.PartialDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DyadSeriesTest {

  private static final PartialDate JUNE_1 = PartialDate.of(2018, 6, 1);
  private static final PartialDate JUNE_12 = PartialDate.of(2018, 6, 12);
  private static final PartialDate JULY_3 = PartialDate.of(2018, 7, 3);

  private final List<EventRow> rows =
      List.of(
          row("1", JUNE_1, "040", 1.0, List.of(US), List.of(KP)),
          row("2", JUNE_12, "042", 1.9, List.of(TRUMP), List.of(KP)),
          row("3", JUNE_12, "112", -2.0, List.of(KP), List.of(US)),
          row("4", JULY_3, "190", -10.0, List.of(US, TRUMP), List.of(KP, CN)),
          row("5", null, "040", 1.0, List.of(US), List.of(KP)),
          row("6", PartialDate.ofYearMonth(2018, 6), "040", 1.0, List.of(US), List.of(KP)),
          row("7", JUNE_1, "010", 0.0, List.of(US), List.of()),
          row("8", JUNE_1, "010", 0.0, List.of(NGO), List.of(KP)));

  @Test
  void codingsCountByDirectedCountryDyadAndMonth() {
    DyadSeries series = DyadSeries.of(rows, Period.MONTH, Dyads.COUNTRIES);
    Map<String, DyadSeries.Point> byKey = new HashMap<>();
    series
        .points()
        .forEach(p -> byKey.put(p.source().key() + ">" + p.target().key() + " " + p.label(), p));
    assertThat(byKey)
        .containsOnlyKeys(
            "USA>PRK 2018-06", "PRK>USA 2018-06", "USA>PRK 2018-07", "USA>CHN 2018-07");

    DyadSeries.Point june = byKey.get("USA>PRK 2018-06");
    // rows 1, 2 (Trump's country) and 6 (a month is precise enough for a monthly series)
    assertThat(june.events()).isEqualTo(3);
    assertThat(june.count(QuadClass.VERBAL_COOPERATION)).isEqualTo(3);
    assertThat(june.goldsteinSum()).isEqualByComparingTo("3.9");
    assertThat(june.goldsteinMean()).contains(new BigDecimal("1.300000"));
    assertThat(june.start()).isEqualTo(LocalDate.of(2018, 6, 1));
    assertThat(june.source().name()).isEqualTo("United States");

    // Two actors of one country on a side make one dyad, not two.
    DyadSeries.Point july = byKey.get("USA>PRK 2018-07");
    assertThat(july.events()).isEqualTo(1);
    assertThat(july.count(QuadClass.MATERIAL_CONFLICT)).isEqualTo(1);
    assertThat(byKey.get("PRK>USA 2018-06").count(QuadClass.VERBAL_CONFLICT)).isEqualTo(1);

    assertThat(series.leftOut())
        .containsExactly(
            Map.entry(LeftOut.NO_DATE, 1L),
            Map.entry(LeftOut.ONE_SIDED, 1L),
            Map.entry(LeftOut.NO_COUNTRY, 1L));
  }

  @Test
  void aDayOrWeekSeriesLeavesOutAMonthAndSaysSo() {
    DyadSeries series = DyadSeries.of(rows, Period.WEEK, Dyads.COUNTRIES);
    assertThat(series.leftOut()).containsEntry(LeftOut.IMPRECISE_DATE, 1L);
    assertThat(series.points())
        .extracting(DyadSeries.Point::label)
        .contains("2018-W22", "2018-W24");
  }

  @Test
  void everyRowIsCountedInADyadOrLeftOut() {
    // Rows with one actor a side are one dyad each; the left-out rows are the rest.
    Random random = new Random(7);
    List<EventRow> many = new ArrayList<>();
    List<EventRow.RowActor> actors = List.of(US, KP, CN, NGO);
    for (int i = 0; i < 2_000; i++) {
      PartialDate date =
          random.nextInt(10) == 0
              ? null
              : PartialDate.of(2018, 1 + random.nextInt(12), 1 + random.nextInt(28));
      many.add(
          row(
              "r" + i,
              date,
              random.nextBoolean() ? "040" : "190",
              random.nextBoolean() ? 1.0 : -10.0,
              List.of(actors.get(random.nextInt(4))),
              random.nextInt(20) == 0 ? List.of() : List.of(actors.get(random.nextInt(4)))));
    }
    for (Period period : Period.values()) {
      DyadSeries series = DyadSeries.of(many, period, Dyads.COUNTRIES);
      long placed = series.points().stream().mapToLong(DyadSeries.Point::events).sum();
      long left = series.leftOut().values().stream().mapToLong(Long::longValue).sum();
      assertThat(placed + left).as(period.toString()).isEqualTo(many.size());
    }
  }

  @Test
  void betweenActorsKeepsTheActorsApart() {
    DyadSeries series = DyadSeries.of(rows, Period.YEAR, Dyads.ACTORS);
    assertThat(series.points())
        .extracting(p -> p.source().key() + ">" + p.target().key())
        .contains("united-states>north-korea", "donald-trump>north-korea", "some-ngo>north-korea");
  }

  @Test
  void csvHasAHeaderAndOneRowPerDyadAndPeriod() {
    StringBuilder csv = new StringBuilder();
    DyadSeries.of(rows, Period.MONTH, Dyads.COUNTRIES).writeCsv(csv);
    assertThat(csv.toString().split("\r\n"))
        .containsExactly(
            "source,source_name,target,target_name,period,period_start,verbal_cooperation,"
                + "material_cooperation,verbal_conflict,material_conflict,events,goldstein_sum,"
                + "goldstein_mean",
            "PRK,North Korea,USA,United States,2018-06,2018-06-01,0,0,1,0,1,-2.0,-2.000000",
            "USA,United States,CHN,China,2018-07,2018-07-01,0,0,0,1,1,-10.0,-10.000000",
            "USA,United States,PRK,North Korea,2018-06,2018-06-01,3,0,0,0,3,3.9,1.300000",
            "USA,United States,PRK,North Korea,2018-07,2018-07-01,0,0,0,1,1,-10.0,-10.000000");
  }

  @Test
  void theBusiestDyadsComeFirst() {
    DyadSeries series = DyadSeries.of(rows, Period.MONTH, Dyads.COUNTRIES);
    assertThat(series.busiest(2))
        .extracting(d -> d.getKey().key() + ">" + d.getValue().key())
        .containsExactly("USA>PRK", "PRK>USA");
  }

  @Test
  void totalsAddEachDyadsPeriodsUpBusiestFirst() {
    List<DyadSeries.Point> totals = DyadSeries.of(rows, Period.MONTH, Dyads.COUNTRIES).totals();
    assertThat(totals)
        .extracting(
            p -> p.source().key() + ">" + p.target().key() + " " + p.label() + " " + p.events())
        .containsExactly("USA>PRK 2018-06..2018-07 4", "PRK>USA 2018-06 1", "USA>CHN 2018-07 1");
    assertThat(totals.get(0).goldsteinSum()).isEqualByComparingTo("-6.1");
    assertThat(totals.get(0).count(QuadClass.VERBAL_COOPERATION)).isEqualTo(3);
    assertThat(totals.get(0).start()).isEqualTo(LocalDate.of(2018, 6, 1));
  }

  @Test
  void aRowIsBetweenTwoCountriesInEitherDirection() {
    EventRow row = rows.get(3); // US and Trump to North Korea and China
    assertThat(row.sourceCountries())
        .containsExactly(dev.diplomacy.core.geography.Country.of("US"));
    assertThat(
            row.between(
                dev.diplomacy.core.geography.Country.of("CN"),
                dev.diplomacy.core.geography.Country.of("US")))
        .isTrue();
    assertThat(
            row.between(
                dev.diplomacy.core.geography.Country.of("US"),
                dev.diplomacy.core.geography.Country.of("US")))
        .isFalse();
  }

  @Test
  void theChartDrawsOneLinePerDyadOverEveryPeriodBetween() {
    String svg = DyadSeries.of(rows, Period.MONTH, Dyads.COUNTRIES).svg(2);
    assertThat(svg)
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ")
        .contains("Mean Goldstein score by month, the 2 busiest dyads of countries")
        .contains("United States \u2192 North Korea", "North Korea \u2192 United States")
        .contains(">2018-06<", ">2018-07<")
        .doesNotContain("China")
        .endsWith("</svg>\n");
    // Two lines: one path each; USA>PRK has two months with a mean, PRK>USA one.
    assertThat(svg.split("<path ", -1)).hasSize(3);
    assertThat(svg.split("<circle ", -1)).hasSize(4);
  }
}
