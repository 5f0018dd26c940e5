package dev.diplomacy.benchmarks;

import dev.diplomacy.benchmarks.records.EventRecord;
import dev.diplomacy.benchmarks.records.RecordsJson;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.NdjsonReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * NDJSON of {@value #EVENTS} generated events ({@link EventGenerator}), held in memory, read and
 * validated by {@link NdjsonReader}, read into records by plain Jackson (enums in any case, and in
 * their exact case), and scanned raw line by line. Scores are events per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OperationsPerInvocation(NdjsonBenchmark.EVENTS)
public class NdjsonBenchmark {

  /** How many events the NDJSON holds. */
  public static final int EVENTS = 100_000;

  private final DiplomacyJson json = DiplomacyJson.strict();
  private final JsonMapper recordMapper = RecordsJson.mapper();
  private final ObjectReader recordReader = recordMapper.readerFor(EventRecord.class);
  private final ObjectReader exactRecordReader =
      RecordsJson.exactMapper().readerFor(EventRecord.class);
  private byte[] bytes = new byte[0];

  /**
   * Writes the events; checks that every side reads all of them, and that the library and both
   * records baselines write every line back byte for byte.
   */
  @Setup
  public void setUp() {
    bytes = EventGenerator.ndjson(EVENTS);
    if (readLibrary() != EVENTS
        || readRecords() != EVENTS
        || readRecordsExact() != EVENTS
        || readRawScan() == 0) {
      throw new IllegalStateException("not every side reads the " + EVENTS + " events");
    }
    requireEveryLine(
        bytes, json, recordMapper.writerFor(EventRecord.class), recordReader, exactRecordReader);
  }

  /**
   * Throws unless the library and each of the records readers read every line of {@code ndjson} and
   * write it back ({@code recordWriter} for the records) byte for byte.
   */
  static void requireEveryLine(
      byte[] ndjson, DiplomacyJson json, ObjectWriter recordWriter, ObjectReader... recordReaders) {
    String[] lines = new String(ndjson, StandardCharsets.UTF_8).split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String[] records = new String[recordReaders.length];
      for (int r = 0; r < recordReaders.length; r++) {
        records[r] = recordWriter.writeValueAsString(recordReaders[r].readValue(line));
      }
      Equivalence.require(
          "event of line " + (i + 1),
          line,
          json.write(json.read(line.getBytes(StandardCharsets.UTF_8), Event.class)),
          records);
    }
  }

  /**
   * The library reads every line into an event, checking every rule; fails at the first bad line.
   */
  @Benchmark
  public long readLibrary() {
    long n = 0;
    try (NdjsonReader<Event> events =
        NdjsonReader.of(json, Event.class, new ByteArrayInputStream(bytes))) {
      while (events.hasNext()) {
        events.next();
        n++;
      }
    }
    return n;
  }

  /** Plain Jackson reads the same bytes as a sequence of records. */
  @Benchmark
  public long readRecords() {
    long n = 0;
    try (MappingIterator<EventRecord> events = recordReader.readValues(bytes)) {
      while (events.hasNext()) {
        events.next();
        n++;
      }
    }
    return n;
  }

  /** The same, with enums read only in their exact case. */
  @Benchmark
  public long readRecordsExact() {
    long n = 0;
    try (MappingIterator<EventRecord> events = exactRecordReader.readValues(bytes)) {
      while (events.hasNext()) {
        events.next();
        n++;
      }
    }
    return n;
  }

  /** A raw scan of the same bytes, a parser per line. */
  @Benchmark
  public long readRawScan() {
    return RawScan.ndjsonTokens(bytes);
  }
}
