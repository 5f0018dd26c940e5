package dev.diplomacy.benchmarks;

import dev.diplomacy.benchmarks.records.EventRecord;
import dev.diplomacy.benchmarks.records.RecordsJson;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.json.DiplomacyJson;
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
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * One meeting with its sources ({@link Fixtures#meeting()}, 1 KB of JSON), read as an {@link Event}
 * and written, by the library and by the records baseline, and scanned raw.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MeetingBenchmark {

  private final DiplomacyJson json = DiplomacyJson.strict();
  private final ObjectReader recordReader;
  private final ObjectReader exactRecordReader;
  private final ObjectWriter recordWriter;
  private Meeting meeting;
  private EventRecord record;
  private byte[] bytes;

  /** The state of a run. */
  public MeetingBenchmark() {
    JsonMapper mapper = RecordsJson.mapper();
    recordReader = mapper.readerFor(EventRecord.class);
    exactRecordReader = RecordsJson.exactMapper().readerFor(EventRecord.class);
    recordWriter = mapper.writerFor(EventRecord.class);
    meeting = Fixtures.meeting();
    bytes = Fixtures.json(meeting);
    record = recordReader.readValue(bytes);
  }

  /** Checks that both sides read and write the same JSON. */
  @Setup
  public void setUp() {
    Equivalence.require(
        "meeting",
        bytes,
        json.write(json.read(bytes, Event.class)),
        recordWriter.writeValueAsString(record),
        recordWriter.writeValueAsString(exactRecordReader.readValue(bytes)));
  }

  /** The library reads the meeting, checking every rule. */
  @Benchmark
  public Event readLibrary() {
    return json.read(bytes, Event.class);
  }

  /** Plain Jackson reads the same bytes into records. */
  @Benchmark
  public EventRecord readRecords() {
    return recordReader.readValue(bytes);
  }

  /** The same, with enums read only in their exact case. */
  @Benchmark
  public EventRecord readRecordsExact() {
    return exactRecordReader.readValue(bytes);
  }

  /** A raw scan of the same bytes. */
  @Benchmark
  public long readRawScan() {
    return RawScan.tokens(bytes);
  }

  /** The library writes the meeting. */
  @Benchmark
  public String writeLibrary() {
    return json.write(meeting);
  }

  /** Plain Jackson writes the records. */
  @Benchmark
  public String writeRecords() {
    return recordWriter.writeValueAsString(record);
  }
}
