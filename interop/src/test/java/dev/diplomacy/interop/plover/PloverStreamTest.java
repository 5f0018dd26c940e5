package dev.diplomacy.interop.plover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.SharedData;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.interop.ElementOrder;
import dev.diplomacy.interop.ImportCounts;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.ImportStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PloverStreamTest {

  private static final Path FILE = Path.of("plover", "PLOVER_GSR_CAMEO.txt");

  private static final String CUBA = "{'actor_text': 'Cuba', 'code': 'CUB'}";

  private static String record(String id, String rest) {
    return "{'id': '"
        + id
        + "', 'date': '2018-07-05', 'event': 'AGREE', 'source': ["
        + CUBA
        + "]"
        + rest
        + "}";
  }

  /** A stream read to its end: its elements, problems and counts. */
  private record Streamed(
      List<DossierElement> elements, List<ImportProblem> problems, ImportCounts counts) {

    List<String> codes() {
      return problems.stream().map(p -> p.line() + " " + p.code()).collect(Collectors.toList());
    }
  }

  private static String describe(DossierElement e) {
    String kind = e instanceof Actor ? "actor" : e instanceof Source ? "source" : "event";
    return kind + " " + e.id();
  }

  private static Streamed stream(Reader in) throws IOException {
    List<ImportProblem> problems = new ArrayList<>();
    List<DossierElement> elements = new ArrayList<>();
    try (ImportStream s = PloverImporter.stream(in, problems::add)) {
      s.forEachRemaining(elements::add);
      return new Streamed(elements, problems, s.counts());
    }
  }

  /** Streams JSON written with ' for ". */
  private static Streamed stream(String text) throws IOException {
    return stream(new StringReader(text.replace('\'', '"')));
  }

  @Test
  void theGoldStandardStreamedIsTheGoldStandardRead() throws IOException {
    Path file = SharedData.file(FILE.toString());
    PloverImport read = PloverImporter.read(file);
    List<ImportProblem> problems = new ArrayList<>();
    List<DossierElement> elements = new ArrayList<>();
    ImportCounts counts;
    try (ImportStream s = PloverImporter.stream(file, problems::add)) {
      s.forEachRemaining(elements::add);
      counts = s.counts();
    }
    // 323 records: the documentation record is no row of data, and is reported
    assertThat(counts).isEqualTo(new ImportCounts(322, 322, 0, 0, 423));
    assertThat(counts).isEqualTo(read.counts());
    assertThat(problems).isEqualTo(read.problems());
    assertThat(problems.get(0).code()).isEqualTo("plover.record.documentation");
    assertThat(problems.get(0).reason())
        .contains("\"id\":\"PLOVER-GSR01-DOCUMENT-0001\"", "\"license\":\"This entire file");
    assertThat(elements.stream().filter(e -> e instanceof Actor).toList())
        .isEqualTo(read.dossier().actors());
    assertThat(elements.stream().filter(e -> e instanceof Source).toList())
        .isEqualTo(read.dossier().sources());
    assertThat(elements.stream().filter(e -> e instanceof Event).toList())
        .isEqualTo(read.dossier().events());
  }

  @Test
  void everyActorAndSourceIsHandedOutOnceBeforeTheFirstEventThatNamesIt() throws IOException {
    Path file = SharedData.file(FILE.toString());
    try (ImportStream s = PloverImporter.stream(file, p -> {})) {
      assertThat(ElementOrder.check(s)).isEqualTo(322);
    }
  }

  @Test
  void anArrayAndJsonLinesStreamAlike() throws IOException {
    String a = record("a", ", 'recipient': [{'actor_text': 'Chile', 'code': 'CHL'}]");
    String b = record("b", ", 'publication': 'Granma'");
    Streamed array = stream("[\n" + a + ",\n" + b + "\n]");
    Streamed lines = stream(a + "\n" + b + "\n");
    assertThat(lines.elements()).isEqualTo(array.elements());
    assertThat(array.elements())
        .extracting(PloverStreamTest::describe)
        .containsExactly(
            "actor cuba",
            "actor chile",
            "event a",
            "actor granma",
            "source plover-source-1",
            "event b");
    assertThat(array.counts()).isEqualTo(new ImportCounts(2, 2, 0, 0, 0));
  }

  @Test
  void anEventKeepsItsRecordsIdBeforeAnActorOfItsRecordTakesItButNotAfterAnEarlierOne()
      throws IOException {
    Streamed s =
        stream(
            String.join(
                "\n",
                record("chile", ", 'recipient': [{'actor_text': 'Chile', 'code': 'CHL'}]"),
                record("cuba", "")));
    assertThat(s.elements())
        .extracting(PloverStreamTest::describe)
        .containsExactly("actor cuba", "actor chile-2", "event chile", "event cuba-2");
    assertThat(((Event) s.elements().get(3)).externalIds())
        .containsExactly(dev.diplomacy.core.ExternalId.of("plover", "cuba"));
    assertThat(s.codes()).isEmpty();
  }

  @Test
  void whatALaterRecordAddsToAnActorIsReportedAndNotAdded() throws IOException {
    Streamed s =
        stream(
            String.join(
                "\n",
                record("a", ", 'recipient': [{'actor_text': 'Gazprom', 'code': 'MNC'}]"),
                record(
                    "b",
                    ", 'recipient': [{'actor_text': 'Gazprom', 'code': 'MNC',"
                        + " 'wikidata_id': 'Q102673', 'hq': 'Moscow'}]")));
    assertThat(s.codes()).containsExactly("2 plover.actor.late", "2 plover.actor.late");
    assertThat(s.problems().get(0).reason())
        .isEqualTo(
            "the actor gazprom ('Gazprom') was made from the record that first mentioned it:"
                + " recipient[0] gives it the identifier wikidata:Q102673, which is not added");
    assertThat(s.problems().get(1).reason()).contains("'hq' as \"Moscow\"");
    Actor gazprom = (Actor) s.elements().get(1);
    assertThat(gazprom.externalIds()).isEmpty();
    assertThat(gazprom.extensions()).doesNotContainKey("plover:hq");
    assertThat(s.counts()).isEqualTo(new ImportCounts(2, 2, 0, 0, 2));
  }

  @Test
  void aTruncatedArrayRejectsTheRecordItEndsInAndTheStreamEnds() throws IOException {
    Streamed s = stream("[\n" + record("a", "") + ",\n" + record("b", "").substring(0, 40));
    assertThat(s.codes()).containsExactly("3 plover.json.syntax");
    assertThat(s.problems().get(0).reason())
        .startsWith("the record starting here cannot be read: at line 3, the input is not JSON")
        .endsWith("nothing after this point is read");
    assertThat(s.elements()).extracting(DossierElement::id).contains(Id.of("a"));
    assertThat(s.counts()).isEqualTo(new ImportCounts(2, 1, 0, 1, 0));
  }

  @Test
  void aRecordThatIsNotAnObjectIsRejectedAndTheReadingGoesOn() throws IOException {
    Streamed array = stream("[\n 'AGREE',\n" + record("a", "") + "\n]");
    Streamed lines = stream("'AGREE'\n" + record("a", ""));
    assertThat(array.codes()).containsExactly("2 plover.record.notObject");
    assertThat(array.problems().get(0).reason())
        .isEqualTo("a record is a JSON object, not \"AGREE\"");
    assertThat(lines.codes()).containsExactly("1 plover.record.notObject");
    for (Streamed s : List.of(array, lines)) {
      assertThat(s.counts()).isEqualTo(new ImportCounts(2, 1, 0, 1, 0));
      assertThat(s.elements()).extracting(DossierElement::id).contains(Id.of("a"));
    }
  }

  @Test
  void aHugeStringIsRejectedAtItsLineWithoutStoppingJsonLines() throws IOException {
    String huge = "x".repeat(1_000_001); // the JSON module's longest string is 1,000,000
    Streamed lines =
        stream(
            record("a", "")
                + "\n"
                + record("b", ", 'text': '" + huge + "'")
                + "\n"
                + record("c", ""));
    assertThat(lines.codes()).containsExactly("2 plover.json.limit");
    assertThat(lines.problems().get(0).reason()).contains("the line is not JSON", "1000000");
    assertThat(lines.elements()).extracting(DossierElement::id).contains(Id.of("a"), Id.of("c"));
    assertThat(lines.counts()).isEqualTo(new ImportCounts(3, 2, 0, 1, 0));

    Streamed array =
        stream("[" + record("a", "") + ",\n" + record("b", ", 'text': '" + huge + "'") + "]");
    assertThat(array.codes()).containsExactly("2 plover.json.limit");
    assertThat(array.counts()).isEqualTo(new ImportCounts(2, 1, 0, 1, 0));
  }

  /** What a record reader hands over, as text. */
  private static List<String> handed(String text, long maxRecord) throws IOException {
    List<String> out = new ArrayList<>();
    RecordReader reader =
        new RecordReader(
            new StringReader(text.replace('\'', '"')),
            new RecordReader.Handler() {
              @Override
              public void record(int index, int line, ExtensionValue.MapValue record) {
                out.add(line + " record " + index);
              }

              @Override
              public void rejected(int index, int line, String code, String reason) {
                out.add(line + " " + code + " " + index + ": " + reason);
              }

              @Override
              public void problem(ImportProblem problem) {
                out.add(problem.line() + " " + problem.code());
              }
            },
            maxRecord);
    while (reader.next()) {
      // each call hands over one record, or what stands for one
    }
    return out;
  }

  @Test
  void aRecordLongerThanTheLimitIsNeverHeldWhole() throws IOException {
    String many = "{'id': 'b', 'text': ['" + "abcdefghi', '".repeat(10_000) + "']}";
    assertThat(handed("{'id': 'a'}\n" + many + "\n{'id': 'c'}", 50_000))
        .containsExactly(
            "1 record 1",
            "2 plover.json.limit 2: the line is longer than 50,000 characters (the JSON module's"
                + " longest document): not read",
            "3 record 3");
    assertThat(handed("[{'id': 'a'},\n" + many + ",\n{'id': 'c'}]", 50_000))
        .hasSize(2)
        .first()
        .isEqualTo("1 record 1");
    assertThat(handed("[{'id': 'a'},\n" + many + ",\n{'id': 'c'}]", 50_000).get(1))
        .startsWith("2 plover.json.limit 2: the record starting here cannot be read")
        .contains("longer than 50,000 characters");
  }

  @Test
  void problemsComeInTheOrderOfTheInput() throws IOException {
    String bad = record("b", ", 'context': 'caf\uFFFD'");
    Streamed s = stream("[\n" + record("a", ", 'mode': 5") + ",\n\n" + bad + ",\n'x'\n] 1");
    assertThat(s.codes())
        .containsExactly(
            "2 plover.mode.invalid",
            "4 plover.encoding",
            "5 plover.record.notObject",
            "6 plover.json.trailing");
  }
}
