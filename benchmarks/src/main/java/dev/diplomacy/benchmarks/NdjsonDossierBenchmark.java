package dev.diplomacy.benchmarks;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.NdjsonDossierReader;
import dev.diplomacy.json.NdjsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A dossier's NDJSON: the header, the {@value EventGenerator#ACTORS} actors and the sources that
 * {@value NdjsonBenchmark#EVENTS} generated events name, then the events ({@link
 * EventGenerator#dossierNdjson}), held in memory, read and validated line by line by {@link
 * NdjsonDossierReader}, and scanned raw. Scores are lines per second, to set beside {@link
 * NdjsonBenchmark}'s events per second. {@link #readEventsLibrary} reads {@link NdjsonBenchmark}'s
 * own bytes, NDJSON of events, with {@link NdjsonDossierReader}: events per second, the same case
 * as {@code NdjsonBenchmark.readLibrary} read as a dossier's lines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OperationsPerInvocation(NdjsonDossierBenchmark.LINES)
public class NdjsonDossierBenchmark {

  /** How many lines the dossier's NDJSON has: the header, the actors, the sources, the events. */
  public static final int LINES = 1 + EventGenerator.ACTORS + 2 * EventGenerator.SOURCES + 100_000;

  private final DiplomacyJson json = DiplomacyJson.strict();
  private byte[] bytes = new byte[0];
  private byte[] events = new byte[0];

  /**
   * Writes the dossier's NDJSON and the events; checks that every line is read, and that the
   * dossier read back writes the same bytes.
   */
  @Setup
  public void setUp() {
    if (EventGenerator.dossierLines(NdjsonBenchmark.EVENTS) != LINES) {
      throw new IllegalStateException("LINES is not the dossier's count of lines");
    }
    bytes = EventGenerator.dossierNdjson(NdjsonBenchmark.EVENTS);
    events = EventGenerator.ndjson(NdjsonBenchmark.EVENTS);
    if (readLibrary() != LINES - 1
        || readEventsLibrary() != NdjsonBenchmark.EVENTS
        || readRawScan() == 0) {
      throw new IllegalStateException("not every side reads every line");
    }
    Dossier dossier = NdjsonDossierReader.of(json, new ByteArrayInputStream(bytes)).toDossier();
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    NdjsonWriter.writeDossier(json, dossier, out);
    if (!Arrays.equals(out.toByteArray(), bytes)) {
      throw new IllegalStateException("the dossier read back does not write the same NDJSON");
    }
  }

  /**
   * The library reads every line into an element (the header aside), checking every rule; fails at
   * the first bad line.
   */
  @Benchmark
  public long readLibrary() {
    return count(bytes);
  }

  /** The library reads NDJSON of events as a dossier's lines. */
  @Benchmark
  @OperationsPerInvocation(NdjsonBenchmark.EVENTS)
  public long readEventsLibrary() {
    return count(events);
  }

  /** A raw scan of the dossier's bytes, a parser per line. */
  @Benchmark
  public long readRawScan() {
    return RawScan.ndjsonTokens(bytes);
  }

  private long count(byte[] ndjson) {
    long n = 0;
    try (NdjsonDossierReader lines =
        NdjsonDossierReader.of(json, new ByteArrayInputStream(ndjson))) {
      while (lines.hasNext()) {
        DossierElement element = lines.next();
        if (element != null) {
          n++;
        }
      }
    }
    return n;
  }
}
