package dev.diplomacy.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.benchmarks.records.DossierRecord;
import dev.diplomacy.benchmarks.records.EventRecord;
import dev.diplomacy.benchmarks.records.RecordsJson;
import dev.diplomacy.core.events.Event;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The records baseline reads the bytes the library writes, and writes them back byte for byte. */
class RecordsEquivalenceTest {

  private final JsonMapper mapper = RecordsJson.mapper();

  @Test
  void theMeetingsRecordWritesTheLibrarysBytes() {
    byte[] bytes = Fixtures.json(Fixtures.meeting());
    EventRecord record = mapper.readerFor(EventRecord.class).readValue(bytes);
    assertThat(record).isInstanceOf(EventRecord.Meeting.class);
    assertThat(mapper.writerFor(EventRecord.class).writeValueAsString(record))
        .isEqualTo(text(bytes));
  }

  @Test
  void theDossiersRecordWritesTheLibrarysBytes() {
    byte[] bytes = Fixtures.json(Fixtures.dossier());
    DossierRecord record = mapper.readerFor(DossierRecord.class).readValue(bytes);
    assertThat(record.events()).hasSize(Fixtures.dossier().events().size());
    assertThat(mapper.writeValueAsString(record)).isEqualTo(text(bytes));
  }

  @Test
  void everyGeneratedEventsRecordWritesTheLibrarysBytes() {
    for (int i = 0; i < 2_000; i++) {
      Event event = EventGenerator.event(i);
      byte[] bytes = Fixtures.json(event);
      EventRecord record = mapper.readerFor(EventRecord.class).readValue(bytes);
      assertThat(record.id()).isEqualTo(event.id().toString());
      assertThat(mapper.writerFor(EventRecord.class).writeValueAsString(record))
          .isEqualTo(text(bytes));
    }
  }

  @Test
  void theMeetingBenchmarkChecksItsSidesAtSetUp() {
    MeetingBenchmark benchmark = new MeetingBenchmark();
    benchmark.setUp();
    assertThat(benchmark.readLibrary()).isEqualTo(Fixtures.meeting());
    assertThat(benchmark.readRecords()).isInstanceOf(EventRecord.Meeting.class);
    assertThat(benchmark.writeLibrary()).isEqualTo(benchmark.writeRecords());
    assertThat(benchmark.readRawScan()).isGreaterThan(50);
  }

  @Test
  void theDossierBenchmarkChecksItsSidesAtSetUp() {
    DossierBenchmark benchmark = new DossierBenchmark();
    benchmark.setUp();
    assertThat(benchmark.readLibrary()).isEqualTo(Fixtures.dossier());
    assertThat(benchmark.writeLibrary()).isEqualTo(benchmark.writeRecords());
    assertThat(benchmark.validateLibrary().isValid()).isTrue();
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
