package dev.diplomacy.benchmarks;

import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.interop.ImportStream;
import dev.diplomacy.interop.icews.IcewsImporter;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
 * The streaming import of ICEWS rows beside what a user would write first: a loop that splits each
 * line into its fields and parses its date and numbers, and makes nothing of them. The rows are the
 * shared ICEWS sample's ({@code icews/events-2018-06-01.tab} under the shared data folder, the
 * system property {@code diplomacy.sharedData}, {@code ../shared/data} by default) repeated {@value
 * #COPIES} times in memory, each copy with new Event IDs and Story IDs, as a year of ICEWS has new
 * ids for the same kind of rows. Each operation reads all of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Twenty seconds: the importer's many classes are still being compiled after ten (its operations
// per second climb from 1 to 11 over the first fifteen seconds of a fork on two cores).
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IcewsImportBenchmark {

  /** How many times the sample's rows are repeated. */
  static final int COPIES = 10;

  private byte[] tsv = new byte[0];

  /** Makes the rows. */
  @Setup
  public void setUp() throws IOException {
    Path sample =
        Path.of(System.getProperty("diplomacy.sharedData", "../shared/data"))
            .resolve(NameResolutionBenchmark.SAMPLE);
    if (!Files.isRegularFile(sample)) {
      throw new IllegalStateException(
          "the ICEWS sample is not at "
              + sample.toAbsolutePath().normalize()
              + " (set -Ddiplomacy.sharedData=<folder>)");
    }
    tsv = repeated(Files.readAllLines(sample, StandardCharsets.UTF_8), COPIES);
  }

  /**
   * The header, then the rows {@code copies} times, the Event ID and Story ID of copy {@code k}
   * increased by {@code k} times 10^9.
   */
  static byte[] repeated(List<String> lines, int copies) {
    List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
    int eventId = header.indexOf("Event ID");
    int storyId = header.indexOf("Story ID");
    StringBuilder out = new StringBuilder(lines.get(0)).append('\n');
    for (int copy = 0; copy < copies; copy++) {
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split("\t", -1);
        f[eventId] = String.valueOf(Long.parseLong(f[eventId]) + copy * 1_000_000_000L);
        f[storyId] = String.valueOf(Long.parseLong(f[storyId]) + copy * 1_000_000_000L);
        out.append(String.join("\t", f)).append('\n');
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The library streams the rows: actors, sources and events, every problem handed over. */
  @Benchmark
  public long streamLibrary() throws IOException {
    long events = 0;
    try (ImportStream rows = IcewsImporter.stream(new ByteArrayInputStream(tsv), problem -> {})) {
      while (rows.hasNext()) {
        DossierElement element = rows.next();
        if (element instanceof Event) {
          events++;
        }
      }
    }
    return events;
  }

  /**
   * The baseline: each line split at its tabs, its date, ids, sentence, intensity and coordinates
   * parsed, nothing made of them.
   */
  @Benchmark
  public long splitAndParse() throws IOException {
    long sum = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(new ByteArrayInputStream(tsv), StandardCharsets.UTF_8))) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split("\t", -1);
        sum += Long.parseLong(f[0]);
        sum += LocalDate.parse(f[1]).getDayOfMonth();
        sum += (long) number(f[7]);
        sum += Long.parseLong(f[11]);
        sum += (long) number(f[12]);
        sum += (long) (number(f[18]) + number(f[19]));
      }
    }
    return sum;
  }

  private static double number(String text) {
    return text.equals("NA") || text.isEmpty() ? 0 : Double.parseDouble(text);
  }
}
