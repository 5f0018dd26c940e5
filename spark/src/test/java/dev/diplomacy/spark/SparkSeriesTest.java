package dev.diplomacy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.SharedData;
import dev.diplomacy.core.analysis.DyadSeries;
import dev.diplomacy.core.analysis.EventRows;
import dev.diplomacy.core.analysis.Period;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.interop.icews.IcewsImporter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark aggregation gives the table of DyadSeries on the same rows, row by row. */
class SparkSeriesTest {

  @TempDir Path dir;

  private final DiplomacySpark diplomacy = DiplomacySpark.of(LocalSpark.session());

  /** A point as a list of its columns' values, as the Spark table has them. */
  private static List<Object> fields(DyadSeries.Point p) {
    List<Object> f = new ArrayList<>();
    f.add(p.source().key());
    f.add(p.source().name());
    f.add(p.target().key());
    f.add(p.target().name());
    f.add(p.label());
    f.add(p.start().toString());
    f.addAll(p.quadCounts());
    f.add(p.events());
    f.add(p.scored());
    f.add(p.goldsteinSum().stripTrailingZeros());
    f.add(p.goldsteinMean().orElse(null));
    return f;
  }

  private static List<Object> fields(Row r) {
    List<Object> f = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      f.add(r.getString(i));
    }
    f.add(r.get(5).toString());
    for (int i = 6; i < 12; i++) {
      f.add(r.getLong(i));
    }
    f.add(r.getDecimal(12).stripTrailingZeros());
    f.add(r.isNullAt(13) ? null : r.getDecimal(13));
    return f;
  }

  private static void same(SparkSeries spark, DyadSeries expected) {
    assertThat(spark.points().collectAsList().stream().map(SparkSeriesTest::fields).toList())
        .isNotEmpty()
        .isEqualTo(expected.points().stream().map(SparkSeriesTest::fields).toList());
    Map<String, Long> leftOut = new LinkedHashMap<>();
    spark.leftOut().collectAsList().forEach(r -> leftOut.put(r.getString(0), r.getLong(1)));
    Map<String, Long> expectedLeftOut = new LinkedHashMap<>();
    expected.leftOut().forEach((k, v) -> expectedLeftOut.put(k.toString(), v));
    assertThat(leftOut).isEqualTo(expectedLeftOut);
  }

  @Test
  void theSharedIcewsDayByMonthBetweenCountries() throws Exception {
    Path file = SharedData.file("icews/events-2018-06-01.tab");
    Dossier dossier = IcewsImporter.read(file).dossier();
    Dataset<Row> events = diplomacy.read(Format.ICEWS, file.toString()).events();

    SparkSeries series = diplomacy.series(events, Period.MONTH, DyadSeries.Dyads.COUNTRIES);

    same(series, DyadSeries.of(EventRows.of(dossier), Period.MONTH, DyadSeries.Dyads.COUNTRIES));
    Row usToNorthKorea =
        series.points().filter("source = 'USA' and target = 'PRK'").collectAsList().get(0);
    assertThat(usToNorthKorea.getLong(usToNorthKorea.fieldIndex("events"))).isEqualTo(108);
    // The figure: the mean intensity of the 108 rows is 2.744, to three places.
    assertThat(
            usToNorthKorea
                .getDecimal(usToNorthKorea.fieldIndex("goldstein_mean"))
                .setScale(3, java.math.RoundingMode.HALF_EVEN))
        .isEqualByComparingTo(new BigDecimal("2.744"));
  }

  @Test
  void aGeneratedDossierByDayWeekAndYear() throws Exception {
    Dossier dossier = Dossiers.generated(5, 800);
    Path file = Dossiers.ndjson(dossier, dir);
    Dataset<Row> events = diplomacy.read(Format.NDJSON, file.toString()).events().cache();
    assertThat(events.rdd().getNumPartitions()).isGreaterThan(1);

    Map<Period, DyadSeries.Dyads> cases =
        Map.of(
            Period.DAY, DyadSeries.Dyads.ACTORS,
            Period.WEEK, DyadSeries.Dyads.COUNTRIES,
            Period.YEAR, DyadSeries.Dyads.ACTORS);
    cases.forEach(
        (period, dyads) ->
            same(
                diplomacy.series(events, period, dyads),
                DyadSeries.of(EventRows.of(dossier), period, dyads)));
    events.unpersist();
  }
}
