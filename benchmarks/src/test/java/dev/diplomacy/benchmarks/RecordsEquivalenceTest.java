package dev.diplomacy.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.benchmarks.records.DossierRecord;
import dev.diplomacy.benchmarks.records.EventRecord;
import dev.diplomacy.benchmarks.records.RecordsJson;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.json.DiplomacyJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Both records baselines (enums read in any case, and in their exact case) read the bytes the
 * library writes, and write them back byte for byte.
 */
class RecordsEquivalenceTest {

  static Stream<Arguments> mappers() {
    return Stream.of(
        Arguments.of("enums in any case", RecordsJson.mapper()),
        Arguments.of("enums in their exact case", RecordsJson.exactMapper()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappers")
  void theMeetingsRecordWritesTheLibrarysBytes(String name, JsonMapper mapper) {
    byte[] bytes = Fixtures.json(Fixtures.meeting());
    EventRecord record = mapper.readerFor(EventRecord.class).readValue(bytes);
    assertThat(record).isInstanceOf(EventRecord.Meeting.class);
    assertThat(mapper.writerFor(EventRecord.class).writeValueAsString(record))
        .isEqualTo(text(bytes));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappers")
  void theDossiersRecordWritesTheLibrarysBytes(String name, JsonMapper mapper) {
    byte[] bytes = Fixtures.json(Fixtures.dossier());
    DossierRecord record = mapper.readerFor(DossierRecord.class).readValue(bytes);
    assertThat(record.events()).hasSize(Fixtures.dossier().events().size());
    assertThat(mapper.writeValueAsString(record)).isEqualTo(text(bytes));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappers")
  void everyGeneratedEventsRecordWritesTheLibrarysBytes(String name, JsonMapper mapper) {
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
    assertThat(benchmark.readRecordsExact()).isEqualTo(benchmark.readRecords());
    assertThat(benchmark.writeLibrary()).isEqualTo(benchmark.writeRecords());
    assertThat(benchmark.readRawScan()).isGreaterThan(50);
  }

  @Test
  void theDossierBenchmarkChecksItsSidesAtSetUp() {
    DossierBenchmark benchmark = new DossierBenchmark();
    benchmark.setUp();
    assertThat(benchmark.readLibrary()).isEqualTo(Fixtures.dossier());
    assertThat(benchmark.readRecordsExact()).isEqualTo(benchmark.readRecords());
    assertThat(benchmark.writeLibrary()).isEqualTo(benchmark.writeRecords());
    assertThat(benchmark.validateLibrary().isValid()).isTrue();
  }

  @Test
  void onlyTheFirstRecordsBaselineReadsAnEnumInCapitals() {
    String upper =
        text(Fixtures.json(Fixtures.meeting())).replace("\"role\":\"host\"", "\"role\":\"HOST\"");
    assertThat(upper).contains("\"role\":\"HOST\"");
    assertThat((EventRecord) RecordsJson.mapper().readerFor(EventRecord.class).readValue(upper))
        .isInstanceOf(EventRecord.Meeting.class);
    assertThatThrownBy(
            () -> RecordsJson.exactMapper().readerFor(EventRecord.class).readValue(upper))
        .isInstanceOf(JacksonException.class);
  }

  @Test
  void theNdjsonSetUpRefusesALineThatIsNotWrittenBackAsItIs() {
    JsonMapper mapper = RecordsJson.mapper();
    ObjectWriter writer = mapper.writerFor(EventRecord.class);
    ObjectReader[] readers = {
      mapper.readerFor(EventRecord.class), RecordsJson.exactMapper().readerFor(EventRecord.class)
    };
    DiplomacyJson json = DiplomacyJson.strict();
    byte[] ndjson = EventGenerator.ndjson(200);
    NdjsonBenchmark.requireEveryLine(ndjson, json, writer, readers);

    String text = text(ndjson);
    int third = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
    byte[] spaced =
        (text.substring(0, third) + "{ " + text.substring(third + 1))
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> NdjsonBenchmark.requireEveryLine(spaced, json, writer, readers))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the library does not write back the event of line 3");
  }

  @Test
  void theReferenceDossierHasTheEventsAndKindsBenchmarksMdSays() {
    List<Event> events = Fixtures.dossier().events();
    assertThat(events).hasSize(18);
    assertThat(events.stream().map(Event::kind).distinct().count()).isEqualTo(9);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
