package dev.diplomacy.interop.icews;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.SharedData;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.interop.ElementOrder;
import dev.diplomacy.interop.ImportCounts;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.ImportStream;
import dev.diplomacy.interop.internal.SpanCache;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcewsStreamTest {

  private static final Path FILE = Path.of("icews", "events-2018-06-01.tab");

  /**
   * The elements of a stream of {@code text}, its problems in {@code problems}; the same, element
   * for element and problem for problem, as the stream of its UTF-8 bytes.
   */
  private static List<DossierElement> elements(String text, List<ImportProblem> problems)
      throws IOException {
    List<DossierElement> out = new ArrayList<>();
    try (ImportStream s = IcewsImporter.stream(new StringReader(text), problems::add)) {
      s.forEachRemaining(out::add);
    }
    List<ImportProblem> bytesProblems = new ArrayList<>();
    List<DossierElement> bytes = new ArrayList<>();
    try (ImportStream s =
        IcewsImporter.stream(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), bytesProblems::add)) {
      s.forEachRemaining(bytes::add);
    }
    assertThat(bytesProblems).isEqualTo(problems);
    assertThat(bytes).isEqualTo(out);
    return out;
  }

  private static List<Event> events(List<DossierElement> elements) {
    return elements.stream().filter(e -> e instanceof Event).map(e -> (Event) e).toList();
  }

  @Test
  void theSharedDayStreamedIsTheSharedDayRead() throws IOException {
    Path file = SharedData.file(FILE.toString());
    IcewsImport read = IcewsImporter.read(file);
    List<ImportProblem> problems = new ArrayList<>();
    List<DossierElement> elements = new ArrayList<>();
    ImportCounts counts;
    try (ImportStream s = IcewsImporter.stream(file, problems::add)) {
      s.forEachRemaining(elements::add);
      counts = s.counts();
    }
    assertThat(counts).isEqualTo(read.counts());
    assertThat(counts).isEqualTo(new ImportCounts(2359, 2145, 214, 0, 0));
    assertThat(problems).isEqualTo(read.problems());
    assertThat(elements.stream().filter(e -> e instanceof Actor).toList())
        .isEqualTo(read.dossier().actors());
    assertThat(elements.stream().filter(e -> e instanceof Source).toList())
        .isEqualTo(read.dossier().sources());
    assertThat(events(elements)).isEqualTo(read.dossier().events());
  }

  @Test
  void everyActorAndSourceIsHandedOutOnceBeforeTheFirstEventThatNamesIt() throws IOException {
    Path file = SharedData.file(FILE.toString());
    try (ImportStream s = IcewsImporter.stream(file, p -> {})) {
      assertThat(ElementOrder.check(s)).isEqualTo(2145);
    }
  }

  @Test
  void theMirrorOfARowIsMergedUpToTheWindowOfItsStory() throws IOException {
    for (int between : List.of(0, IcewsStream.STORY_WINDOW - 2, IcewsStream.STORY_WINDOW - 1)) {
      List<Object> rows = new ArrayList<>();
      rows.add(Tsv.row());
      for (int i = 0; i < between; i++) {
        rows.add(
            Tsv.row()
                .with("Event ID", String.valueOf(1000 + i))
                .with("CAMEO Code", "190")
                .with("Sentence Number", String.valueOf(2 + i)));
      }
      rows.add(Tsv.row().mirrored("2"));
      List<ImportProblem> problems = new ArrayList<>();
      IcewsImport r = IcewsImporter.read(new StringReader(Tsv.file(rows.toArray())));
      boolean withinWindow = between + 2 <= IcewsStream.STORY_WINDOW;
      assertThat(r.merged()).as("%d rows between", between).isEqualTo(withinWindow ? 1 : 0);
      assertThat(r.imported()).isEqualTo(between + (withinWindow ? 1 : 2));
      assertThat(r.rowsRead()).isEqualTo(between + 2);
      assertThat(problems).isEmpty();
    }
  }

  @Test
  void aMirrorAfterARowOfAnotherStoryIsAnEventOfItsOwn() throws IOException {
    List<ImportProblem> problems = new ArrayList<>();
    List<DossierElement> elements =
        elements(
            Tsv.file(
                Tsv.row(),
                Tsv.row().with("Event ID", "5").with("Story ID", "200"),
                Tsv.row().mirrored("2")),
            problems);
    List<Event> events = events(elements);
    assertThat(events)
        .extracting(e -> e.id().value())
        .containsExactly("icews-1", "icews-5", "icews-2");
    assertThat(events.get(0).externalIds()).hasSize(1);
    // story 100 has one source, cited by both rows
    assertThat(elements.stream().filter(e -> e instanceof Source).map(DossierElement::id))
        .containsExactly(Id.of("icews-story-100"), Id.of("icews-story-200"));
    assertThat(events.get(2).citations())
        .extracting(Citation::source)
        .containsExactly(Id.of("icews-story-100"));
    assertThat(problems).isEmpty();
  }

  @Test
  void aPublisherGivenByALaterRowOfTheStoryIsCitedByItsEarlierHeldRows() throws IOException {
    List<ImportProblem> problems = new ArrayList<>();
    List<Event> events =
        events(
            elements(
                Tsv.file(
                    Tsv.row().with("Publisher", "NA").with("CAMEO Code", "190"),
                    Tsv.row().with("Event ID", "2").with("Sentence Number", "2")),
                problems));
    assertThat(events).allSatisfy(e -> assertThat(e.citations()).hasSize(1));
    assertThat(problems).isEmpty();
  }

  @Test
  void aPublisherGivenWhenTheStoryComesBackIsCitedFromThenOn() throws IOException {
    List<ImportProblem> problems = new ArrayList<>();
    List<Event> events =
        events(
            elements(
                Tsv.file(
                    Tsv.row().with("Publisher", "NA").with("CAMEO Code", "190"),
                    Tsv.row().with("Event ID", "2").with("Story ID", "200"),
                    Tsv.row().with("Event ID", "3").with("Sentence Number", "3")),
                problems));
    assertThat(events.get(0).citations()).isEmpty();
    assertThat(events.get(0).extensions()).containsKey(IcewsEventMaker.STORY_ID);
    assertThat(events.get(2).citations())
        .extracting(Citation::source)
        .containsExactly(Id.of("icews-story-100"));
    assertThat(problems)
        .extracting(ImportProblem::line, ImportProblem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "icews.publisher.missing"));
  }

  @Test
  void aDuplicateEventIdIsFoundAcrossStoriesAndWindows() throws IOException {
    List<Object> rows = new ArrayList<>();
    for (int i = 0; i < IcewsStream.STORY_WINDOW + 5; i++) {
      rows.add(
          Tsv.row()
              .with("Event ID", String.valueOf(10 + i))
              .with("Story ID", String.valueOf(500 + i))
              .with("CAMEO Code", "190"));
    }
    rows.add(Tsv.row().with("Event ID", "10"));
    rows.add(Tsv.row().with("Event ID", "x-10"));
    rows.add(Tsv.row().with("Event ID", "x-10").with("Sentence Number", "7"));
    List<ImportProblem> problems = new ArrayList<>();
    ImportCounts counts;
    try (ImportStream s =
        IcewsImporter.stream(new StringReader(Tsv.file(rows.toArray())), problems::add)) {
      s.forEachRemaining(e -> {});
      counts = s.counts();
    }
    int n = IcewsStream.STORY_WINDOW + 5;
    assertThat(counts).isEqualTo(new ImportCounts(n + 3, n + 1, 0, 2, 0));
    assertThat(problems)
        .extracting(ImportProblem::reason)
        .containsExactly(
            "the Event ID 10 was already read on line 2",
            "the Event ID x-10 was already read on line " + (n + 3));
  }

  @Test
  void closingTheStreamClosesItsInput() throws IOException {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(Tsv.file(Tsv.row()).getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    ImportStream s = IcewsImporter.stream(in, p -> {});
    assertThat(s.hasNext()).isTrue();
    s.close();
    assertThat(closed[0]).isTrue();
  }

  @Test
  void problemsAreHandedOverAsTheirStoryEndsNotAtTheEndOfTheInput() throws IOException {
    List<ImportProblem> problems = new ArrayList<>();
    String text =
        Tsv.file(
            Tsv.row().with("Source Country", "Atlantis"),
            Tsv.row().with("Event ID", "2").with("Story ID", "200"),
            Tsv.row().with("Event ID", "3").with("Story ID", "300"));
    try (ImportStream s = IcewsImporter.stream(new StringReader(text), problems::add)) {
      while (s.hasNext() && !(s.next() instanceof Event)) {
        // the actors and sources of the first rows
      }
      assertThat(problems).extracting(ImportProblem::code).containsExactly("icews.country.unknown");
      assertThat(s.counts().rowsRead()).isEqualTo(1);
    }
  }

  @Test
  void aPlaceReadAgainIsTheSamePlaceAndItsProblemsAreReportedForEveryRow() throws IOException {
    List<Object> rows = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      rows.add(Tsv.row().with("Event ID", String.valueOf(10 + i)).with("CAMEO Code", "190"));
    }
    for (int i = 0; i < 2; i++) {
      rows.add(
          Tsv.row()
              .with("Event ID", String.valueOf(20 + i))
              .with("CAMEO Code", "190")
              .with("Country", "Atlantis"));
    }
    for (int i = 0; i < 2; i++) {
      rows.add(
          Tsv.row()
              .with("Event ID", String.valueOf(30 + i))
              .with("CAMEO Code", "190")
              .with("Latitude", "137.9"));
    }
    List<ImportProblem> problems = new ArrayList<>();
    List<Event> events = events(elements(Tsv.file(rows.toArray()), problems));

    assertThat(events).hasSize(5);
    assertThat(events.get(1).place()).isEqualTo(events.get(0).place()).isPresent();
    assertThat(events.get(2).place()).isEqualTo(events.get(0).place());
    assertThat(events.get(3).place().orElseThrow().name()).contains("Panmunjom, Atlantis");
    assertThat(problems)
        .extracting(ImportProblem::line, ImportProblem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(5, "icews.country.unknown"),
            org.assertj.core.groups.Tuple.tuple(6, "icews.country.unknown"),
            org.assertj.core.groups.Tuple.tuple(7, "icews.coordinates.invalid"),
            org.assertj.core.groups.Tuple.tuple(8, "icews.coordinates.invalid"));
  }

  @Test
  void moreDistinctPlacesThanAreKeptAreEachReadRight() throws IOException {
    List<Object> rows = new ArrayList<>();
    int n = SpanCache.LIMIT + 10;
    for (int i = 0; i < n; i++) {
      rows.add(
          Tsv.row()
              .with("Event ID", String.valueOf(10 + i))
              .with("CAMEO Code", "190")
              .with("City", "Town " + (i % (n - 5))));
    }
    List<ImportProblem> problems = new ArrayList<>();
    List<Event> events = events(elements(Tsv.file(rows.toArray()), problems));

    assertThat(problems).isEmpty();
    assertThat(events).hasSize(n);
    for (int i = 0; i < n; i++) {
      assertThat(events.get(i).place().orElseThrow().locality()).contains("Town " + (i % (n - 5)));
    }
  }
}
