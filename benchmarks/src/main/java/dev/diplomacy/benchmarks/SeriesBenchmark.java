package dev.diplomacy.benchmarks;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.analysis.DyadSeries;
import dev.diplomacy.core.analysis.EventRow;
import dev.diplomacy.core.analysis.Period;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.time.PartialDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The dyadic series over a million event rows: {@link DyadSeries} by month between countries,
 * against what a user would write first, a {@link HashMap} from "source country, target country,
 * month" to the counts per quad class, the number of events and the sum of Goldstein scores.
 *
 * <p>The rows are generated in the set-up (not timed): one source and one target actor each, drawn
 * from a state of each of 60 countries, a day from 2015 to 2020, a CAMEO code from 20 of the
 * codebook's with its quad class and Goldstein score. Each operation aggregates every row once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class SeriesBenchmark {

  /** How many rows each operation aggregates. */
  static final int ROWS = 1_000_000;

  private static final String[] CODES = {
    "010", "013", "020", "036", "040", "042", "043", "046", "051", "057", "061", "071", "090",
    "111", "112", "130", "141", "173", "190", "193"
  };

  private List<EventRow> rows = List.of();

  /** Generates the rows. */
  @Setup
  public void setUp() {
    rows = rows(ROWS, 42);
  }

  /** {@code rows} rows, the same for the same seed. */
  static List<EventRow> rows(int count, long seed) {
    Random random = new Random(seed);
    List<Country> countries = Country.all().stream().filter(c -> !c.isFormer()).limit(60).toList();
    List<EventRow.RowActor> states = new ArrayList<>();
    for (Country c : countries) {
      states.add(new EventRow.RowActor(Id.slug(c.name()), c.name(), Optional.of(c)));
    }
    List<EventRow> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      CameoCode code = CameoCode.of(CODES[random.nextInt(CODES.length)]);
      PartialDate day =
          PartialDate.of(2015 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28));
      rows.add(
          new EventRow(
              Id.of("e" + i),
              EventKind.CODED,
              Optional.of(day),
              "generated",
              Optional.empty(),
              Optional.of(code),
              Optional.of(code.quadClass()),
              OptionalDouble.of(code.goldstein()),
              List.of(states.get(random.nextInt(states.size()))),
              List.of(states.get(random.nextInt(states.size()))),
              Optional.empty(),
              Optional.empty()));
    }
    return rows;
  }

  /** The library's series. */
  @Benchmark
  public DyadSeries seriesLibrary() {
    return DyadSeries.of(rows, Period.MONTH, DyadSeries.Dyads.COUNTRIES);
  }

  /** A plain grouping by a hash map, with the same counts and sums. */
  @Benchmark
  public Map<String, double[]> groupHashMap() {
    return group(rows);
  }

  /**
   * The baseline: for each row, the key "source>target yyyy-mm" and an array of the four quad
   * counts, the number of events and the sum of Goldstein scores.
   */
  static Map<String, double[]> group(List<EventRow> rows) {
    Map<String, double[]> cells = new HashMap<>();
    for (EventRow row : rows) {
      PartialDate date = row.date().orElseThrow();
      String key =
          row.sources().get(0).country().orElseThrow().alpha3()
              + ">"
              + row.targets().get(0).country().orElseThrow().alpha3()
              + " "
              + date.year()
              + "-"
              + date.month().getAsInt();
      double[] cell = cells.computeIfAbsent(key, k -> new double[6]);
      cell[row.quadClass().orElseThrow().ordinal()]++;
      cell[4]++;
      cell[5] += row.goldstein().getAsDouble();
    }
    return cells;
  }
}
