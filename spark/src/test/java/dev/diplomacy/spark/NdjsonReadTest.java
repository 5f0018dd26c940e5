package dev.diplomacy.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.diplomacy.core.analysis.EventRow;
import dev.diplomacy.core.analysis.EventRows;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.NdjsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NdjsonReadTest {

  @TempDir Path dir;

  private final DiplomacySpark diplomacy = DiplomacySpark.of(LocalSpark.session());

  private static List<EventRow> rows(EventData data) {
    return data.events().collectAsList().stream().map(EventSchema::fromRow).toList();
  }

  @Test
  void aDossierSplitInManyTasksGivesTheLibrarysRowsInTheFilesOrder() throws IOException {
    Dossier dossier = Dossiers.generated(1, 600);
    Path file = Dossiers.ndjson(dossier, dir);
    assertThat(Files.size(file)).isGreaterThan(4L * LocalSpark.SPLIT);

    EventData data = diplomacy.read(Format.NDJSON, file.toString()).persist();

    assertThat(data.parsed().rdd().getNumPartitions()).isGreaterThan(3);
    assertThat(data.problems().count()).isZero();
    assertThat(rows(data)).isEqualTo(EventRows.of(dossier));
    assertThat(data.events().schema().fieldNames()).isEqualTo(EventSchema.EVENTS.fieldNames());
  }

  @Test
  void actorsOnLinesAfterTheirEventsAreKnownToEverySplit() throws IOException {
    Dossier dossier = Dossiers.generated(2, 400);
    Path file = dir.resolve("events-then-actors.ndjson");
    try (OutputStream out = Files.newOutputStream(file);
        NdjsonWriter<DossierElement> w =
            NdjsonWriter.of(DiplomacyJson.strict(), DossierElement.class, out)) {
      dossier.events().forEach(w::write);
      dossier.actors().forEach(w::write);
    }

    List<EventRow> rows = rows(diplomacy.read(Format.NDJSON, file.toString()));

    assertThat(rows).isEqualTo(EventRows.of(dossier));
    assertThat(rows).allSatisfy(r -> assertThat(r.sources().get(0).country()).isPresent());
  }

  @Test
  void everyBadLineIsAProblemWithItsFileLineAndCode() throws IOException {
    Dossier dossier = Dossiers.generated(9, 1);
    List<String> valid = Files.readAllLines(Dossiers.ndjson(dossier, dir));
    String header = valid.get(0);
    List<String> actors = valid.subList(1, valid.size() - 1);
    long n = actors.size();
    String event = valid.get(valid.size() - 1);
    String date = dossier.events().get(0).when().orElseThrow().date().toString();
    assertThat(event).contains(date);
    Path file = dir.resolve("bad.ndjson");
    List<String> lines = new ArrayList<>(actors);
    lines.addAll(
        List.of(
            event.substring(0, event.length() - 1),
            event.replace(date, "2018-02-30"),
            header,
            "",
            event,
            "{\"nonsense\": 1, " + event.substring(1)));
    Files.write(file, lines);

    EventData data = diplomacy.read(Format.NDJSON, file.toString()).persist();
    List<Row> problems = data.problems().orderBy("line").collectAsList();

    assertThat(problems)
        .extracting(r -> r.getLong(1), r -> r.getString(2), r -> r.getString(3))
        .containsExactly(
            tuple(n + 1, "error", "json.syntax"),
            tuple(n + 2, "error", "partialDate.invalid"),
            tuple(n + 3, "error", "ndjson.header.notFirst"),
            tuple(n + 6, "error", "json.unknownProperty"));
    assertThat(problems).allSatisfy(r -> assertThat(r.getString(0)).endsWith("bad.ndjson"));
    assertThat(problems).allSatisfy(r -> assertThat(r.getString(4)).isNotBlank());
    assertThat(rows(data)).isEqualTo(EventRows.of(dossier));
  }

  @Test
  void aHeaderInTheMiddleOfALargeFileIsRefusedOnItsLine() throws IOException {
    Dossier dossier = Dossiers.generated(3, 300);
    Path file = Dossiers.ndjson(dossier, dir);
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    int at = lines.size() / 2;
    lines.add(at, lines.get(0)); // the header again, on line at + 1
    Files.write(file, lines);

    EventData data = diplomacy.read(Format.NDJSON, file.toString()).persist();

    assertThat(data.problems().collectAsList())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getLong(1)).isEqualTo(at + 1L);
              assertThat(r.getString(3)).isEqualTo("ndjson.header.notFirst");
            });
    assertThat(rows(data)).isEqualTo(EventRows.of(dossier));
  }

  @Test
  void theLibrarysCodingsOnRequest() throws IOException {
    Dossier dossier = Dossiers.generated(4, 50);
    Path file = Dossiers.ndjson(dossier, dir);

    List<EventRow> rows =
        rows(diplomacy.codings(EventRows.Codings.LIBRARY).read(Format.NDJSON, file.toString()));

    assertThat(rows).isEqualTo(EventRows.of(dossier, EventRows.Codings.LIBRARY));
    assertThat(rows).allSatisfy(r -> assertThat(r.coding()).isEqualTo(EventRow.LIBRARY));
  }
}
