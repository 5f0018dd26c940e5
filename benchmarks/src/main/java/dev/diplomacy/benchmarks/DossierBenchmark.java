package dev.diplomacy.benchmarks;

import dev.diplomacy.benchmarks.records.DossierRecord;
import dev.diplomacy.benchmarks.records.RecordsJson;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.ValidationReport;
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
 * The reference article's dossier (25 actors, 3 sources, 18 events, 4 relationships; 12.7 KB of
 * JSON), read and written by the library and by the records baseline, scanned raw, and validated as
 * a whole ({@link Dossier#validate()}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DossierBenchmark {

  private final DiplomacyJson json = DiplomacyJson.strict();
  private final ObjectReader recordReader;
  private final ObjectReader exactRecordReader;
  private final ObjectWriter recordWriter;
  private Dossier dossier;
  private DossierRecord record;
  private byte[] bytes;

  /** The state of a run. */
  public DossierBenchmark() {
    JsonMapper mapper = RecordsJson.mapper();
    recordReader = mapper.readerFor(DossierRecord.class);
    exactRecordReader = RecordsJson.exactMapper().readerFor(DossierRecord.class);
    recordWriter = mapper.writerFor(DossierRecord.class);
    dossier = Fixtures.dossier();
    bytes = Fixtures.json(dossier);
    record = recordReader.readValue(bytes);
  }

  /** Checks that both sides read and write the same JSON, and that the dossier is valid. */
  @Setup
  public void setUp() {
    Equivalence.require(
        "dossier",
        bytes,
        json.write(json.read(bytes, Dossier.class)),
        recordWriter.writeValueAsString(record),
        recordWriter.writeValueAsString(exactRecordReader.readValue(bytes)));
    if (!dossier.validate().isValid()) {
      throw new IllegalStateException("the reference dossier has errors: " + dossier.validate());
    }
  }

  /** The library reads the dossier, checking the rules of every element. */
  @Benchmark
  public Dossier readLibrary() {
    return json.read(bytes, Dossier.class);
  }

  /** Plain Jackson reads the same bytes into records. */
  @Benchmark
  public DossierRecord readRecords() {
    return recordReader.readValue(bytes);
  }

  /** The same, with enums read only in their exact case. */
  @Benchmark
  public DossierRecord readRecordsExact() {
    return exactRecordReader.readValue(bytes);
  }

  /** A raw scan of the same bytes. */
  @Benchmark
  public long readRawScan() {
    return RawScan.tokens(bytes);
  }

  /** The library writes the dossier. */
  @Benchmark
  public String writeLibrary() {
    return json.write(dossier);
  }

  /** Plain Jackson writes the records. */
  @Benchmark
  public String writeRecords() {
    return recordWriter.writeValueAsString(record);
  }

  /** The rules across the dossier's elements: references, replies, dates, positions. */
  @Benchmark
  public ValidationReport validateLibrary() {
    return dossier.validate();
  }
}
