package dev.diplomacy.benchmarks;

import dev.diplomacy.core.events.Event;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.NdjsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The constant-memory check: {@value #EVENTS} generated events in an NDJSON file (436 MB), read and
 * validated by {@link NdjsonReader} in a JVM of 64 MiB of heap ({@code -Xmx64m}), beside the raw
 * scan of the same file in the same JVM. Each operation reads the whole file; the score is seconds
 * per million events. The fork prints its peak heap use at the end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 12)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class NdjsonHeapBenchmark {

  /** How many events the file holds. */
  public static final int EVENTS = 1_000_000;

  private final DiplomacyJson json = DiplomacyJson.strict();
  private Path file = Path.of("");

  /** Writes the file, one event at a time, and forgets the peak heap use of writing it. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = EventGenerator.ndjsonFile(EVENTS);
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Deletes the file and prints the peak heap use. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "%nheap while reading: peaks of the heap pools add up to %.1f MiB, of %.1f MiB allowed%n",
        peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
  }

  /** The library reads and validates the million events, failing at the first bad line. */
  @Benchmark
  public long readLibrary() throws IOException {
    long n = 0;
    try (NdjsonReader<Event> events =
        NdjsonReader.of(json, Event.class, Files.newInputStream(file))) {
      while (events.hasNext()) {
        events.next();
        n++;
      }
    }
    if (n != EVENTS) {
      throw new IllegalStateException("read " + n + " events, not " + EVENTS);
    }
    return n;
  }

  /** A raw scan of the same file, a parser per line. */
  @Benchmark
  public long readRawScan() throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return RawScan.ndjsonTokens(in);
    }
  }
}
