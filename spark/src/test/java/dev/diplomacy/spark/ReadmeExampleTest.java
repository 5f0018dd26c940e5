package dev.diplomacy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.SharedData;
import dev.diplomacy.core.analysis.DyadSeries;
import dev.diplomacy.core.analysis.Period;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Spark example, statement for statement, on local paths. */
class ReadmeExampleTest {

  @TempDir Path out;

  @Test
  void theReadmesExampleRuns() throws Exception {
    String icews = SharedData.file("icews/events-2018-06-01.tab").getParent() + "/*.tab";
    SparkSession spark = LocalSpark.session();

    // The README's block, with local paths for hdfs:///.
    DiplomacySpark diplomacy = DiplomacySpark.of(spark);
    EventData data = diplomacy.read(Format.ICEWS, icews).persist();
    data.events().groupBy("root").count().orderBy("root").show();
    data.problems().write().json(out.resolve("icews-problems").toString());
    SparkSeries monthly = diplomacy.series(data.events(), Period.MONTH, DyadSeries.Dyads.COUNTRIES);
    monthly.points().write().option("header", true).csv(out.resolve("monthly").toString());

    assertThat(data.events().groupBy("root").count().count()).isGreaterThan(10);
    assertThat(Files.exists(out.resolve("icews-problems/_SUCCESS"))).isTrue();
    assertThat(spark.read().option("header", true).csv(out.resolve("monthly").toString()).count())
        .isEqualTo(monthly.points().count());
  }
}
