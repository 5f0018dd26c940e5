package dev.diplomacy.benchmarks;

import dev.diplomacy.interop.ImportStream;
import dev.diplomacy.interop.gdelt.GdeltImporter;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * The streaming import of GDELT 2.0 rows: the shared export file ({@code
 * gdelt/20191024143000.export.CSV} under the shared data folder, the system property {@code
 * diplomacy.sharedData}, {@code ../shared/data} by default) repeated {@value #COPIES} times with
 * new event ids, 21,110 rows, read by {@link GdeltImporter#stream} into actors, sources and events.
 * The baseline is what a user would write first: split each line into its fields, parse its date
 * and its numbers (Goldstein, tone, counts, coordinates). Each operation reads every row once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Twenty seconds: the importer's many classes are still being compiled after ten (its operations
// per second climb from 1 to 11 over the first fifteen seconds of a fork on two cores).
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GdeltImportBenchmark {

  /** The shared file, relative to the shared data folder. */
  static final String FILE = "gdelt/20191024143000.export.CSV";

  /** How many times the file's rows are repeated. */
  static final int COPIES = 10;

  private byte[] rows = new byte[0];

  /** Reads the shared file and repeats its rows with new ids. */
  @Setup
  public void setUp() throws IOException {
    Path file = Path.of(System.getProperty("diplomacy.sharedData", "../shared/data")).resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "the GDELT file is not at "
              + file.toAbsolutePath().normalize()
              + " (set -Ddiplomacy.sharedData=<folder>)");
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    StringBuilder b = new StringBuilder();
    long id = 1_000_000_000L;
    for (int copy = 0; copy < COPIES; copy++) {
      for (String line : lines) {
        b.append(id++).append(line, line.indexOf('\t'), line.length()).append('\n');
      }
    }
    rows = b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The library streams every row into actors, sources and events. */
  @Benchmark
  public long streamLibrary() throws IOException {
    long n = 0;
    try (ImportStream s =
        GdeltImporter.stream(new ByteArrayInputStream(rows), "benchmark", p -> {})) {
      while (s.hasNext()) {
        s.next();
        n++;
      }
    }
    return n;
  }

  /** The baseline splits every row into its fields and parses its date and numbers. */
  @Benchmark
  public double splitAndParse() throws IOException {
    double sum = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(new ByteArrayInputStream(rows), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split("\t", -1);
        String d = f[1];
        LocalDate date =
            LocalDate.of(
                Integer.parseInt(d.substring(0, 4)),
                Integer.parseInt(d.substring(4, 6)),
                Integer.parseInt(d.substring(6, 8)));
        sum += date.getDayOfMonth() + Long.parseLong(f[0]) % 7;
        sum += new BigDecimal(f[30]).doubleValue() + new BigDecimal(f[34]).doubleValue();
        sum += Integer.parseInt(f[29]) + Long.parseLong(f[31]) + Long.parseLong(f[32]);
        sum += Long.parseLong(f[33]) + Long.parseLong(f[59]) % 7;
        for (int geo = 40; geo <= 56; geo += 8) {
          if (!f[geo].isEmpty()) {
            sum += Double.parseDouble(f[geo]) + Double.parseDouble(f[geo + 1]);
          }
        }
      }
    }
    return sum;
  }
}
