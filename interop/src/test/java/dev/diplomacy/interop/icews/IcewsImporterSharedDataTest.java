package dev.diplomacy.interop.icews;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.SharedData;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.ActorDirectory;
import dev.diplomacy.core.actors.ActorKind;
import dev.diplomacy.core.actors.NameKey;
import dev.diplomacy.core.actors.Resolution;
import dev.diplomacy.core.codes.EventCoding;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The import of the 2,359 ICEWS rows of 1 June 2018 in the shared data folder (system property
 * {@code diplomacy.sharedData}, by default {@code ../shared/data}); skipped when the folder is
 * absent.
 */
class IcewsImporterSharedDataTest {

  private static final String FILE = "icews/events-2018-06-01.tab";

  private static Path file;
  private static IcewsImport result;

  @BeforeAll
  static void read() throws IOException {
    file = SharedData.file(FILE);
    result = IcewsImporter.read(file);
  }

  /** The data rows of the file, split into their fields. */
  private static List<String[]> rows() throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .skip(1)
        .map(l -> l.split("\t", -1))
        .collect(Collectors.toList());
  }

  @Test
  void everyRowIsImportedOrMerged() {
    assertThat(result.rowsRead()).isEqualTo(2359);
    // 214 rows are the mirrors of symmetric events (A consults B and B consults A, from the same
    // sentence of the same story): 182 of code 040, 18 of 057, 9 of 044 and 5 of 041.
    assertThat(result.merged()).isEqualTo(214);
    assertThat(result.imported()).isEqualTo(2145);
    // No row is rejected: every row has 20 columns, a date, a known CAMEO code, a numeric
    // intensity, numeric story and sentence numbers and coordinates, and names at least one
    // actor ("Unspecified Actor" and "Unidentified State Actor" stand on one side only).
    assertThat(result.rejected()).isZero();
    assertThat(result.problems()).isEmpty();
    assertThat(result.dossier().events()).hasSize(2145);
  }

  @Test
  void theMergedPairsAreTheSymmetricCodes() {
    Map<String, Long> pairs =
        result.dossier().events().stream()
            .filter(e -> e.externalIds().size() == 2)
            .collect(
                Collectors.groupingBy(
                    IcewsImporterSharedDataTest::code, TreeMap::new, Collectors.counting()));
    assertThat(pairs)
        .containsExactly(
            Map.entry("040", 182L),
            Map.entry("041", 5L),
            Map.entry("044", 9L),
            Map.entry("057", 18L));
  }

  @Test
  void theDossierValidatesWithoutErrorOrWarning() {
    assertThat(result.dossier().validate().findings()).isEmpty();
  }

  @Test
  void eventsOfEachKind() {
    Map<EventKind, Long> kinds =
        result.dossier().events().stream()
            .collect(Collectors.groupingBy(Event::kind, TreeMap::new, Collectors.counting()));
    assertThat(kinds)
        .containsExactly(
            Map.entry(EventKind.MEETING, 289L),
            Map.entry(EventKind.MESSAGE, 1L),
            Map.entry(EventKind.SUPPORT_PLEDGE, 55L),
            Map.entry(EventKind.VISIT, 93L),
            Map.entry(EventKind.STATEMENT, 542L),
            Map.entry(EventKind.AGREEMENT, 19L),
            Map.entry(EventKind.CODED, 1146L));
  }

  @Test
  void actorsOfEachKind() {
    Dossier d = result.dossier();
    Map<ActorKind, Long> kinds =
        d.actors().stream()
            .collect(Collectors.groupingBy(Actor::kind, TreeMap::new, Collectors.counting()));
    // 1,043 names in the rows, plus the publishers that name no actor of an event, less the
    // names that join another: the states of several names (Russia), and spellings of one person.
    // One organisation is taken for a person: "Scotland Yard" ("yard" is no organisation word).
    assertThat(kinds)
        .containsExactly(
            Map.entry(ActorKind.PERSON, 244L),
            Map.entry(ActorKind.ORGANIZATION, 800L),
            Map.entry(ActorKind.STATE, 92L));
    assertThat(d.sources()).hasSize(1148);
  }

  @Test
  void kimJongUnIsOneActorAcrossAllHisRows() throws IOException {
    Dossier d = result.dossier();
    NameKey kim = NameKey.of("Kim Jong-Un");
    List<String[]> his =
        rows().stream()
            .filter(f -> NameKey.of(f[2]).equals(kim) || NameKey.of(f[8]).equals(kim))
            .collect(Collectors.toList());
    assertThat(his).hasSize(92);
    Resolution resolved = ActorDirectory.of(d.actors()).resolve("Kim Jong-Un");
    assertThat(resolved.isResolved()).isTrue();
    Id id = resolved.actor().orElseThrow().id();
    assertThat(id).isEqualTo(Id.of("kim-jong-un"));
    for (String[] f : his) {
      Event e =
          d.events().stream()
              .filter(x -> x.externalIds().stream().anyMatch(i -> i.value().equals(f[0])))
              .findFirst()
              .orElseThrow();
      assertThat(e.actorIds()).as("event " + f[0]).contains(id);
    }
    assertThat(ActorDirectory.of(d.actors()).resolve("Kim Jong Un").actor().map(Actor::id))
        .contains(id);
  }

  @Test
  void raulCastroAndDiazCanelAreNotInThisDaysRows() throws IOException {
    // The sample of 1 June 2018 names neither: the spellings that must join are tested on
    // hand-made rows
    // (IcewsImporterTest.kimRaulCastroAndDiazCanelAreOneActorEachWhateverTheSpelling).
    Set<NameKey> names = Set.of(NameKey.of("Raúl Castro"), NameKey.of("Miguel Díaz-Canel"));
    assertThat(rows())
        .noneMatch(f -> names.contains(NameKey.of(f[2])) || names.contains(NameKey.of(f[8])));
    ActorDirectory directory = ActorDirectory.of(result.dossier().actors());
    assertThat(directory.resolve("Raúl Castro").status()).isEqualTo(Resolution.Status.UNKNOWN);
    assertThat(directory.resolve("Miguel Díaz-Canel").status())
        .isEqualTo(Resolution.Status.UNKNOWN);
  }

  @Test
  void typedEventsCodeBackToTheirRowsCode() {
    Dossier d = result.dossier();
    Map<String, Integer> alone = new TreeMap<>();
    Map<String, Integer> inDossier = new TreeMap<>();
    for (Event e : d.events()) {
      if (e instanceof CodedEvent) {
        continue;
      }
      String given = code(e);
      String coded = EventCoding.of(e).cameo().code();
      if (!coded.equals(given)) {
        alone.merge(given + " as " + coded, 1, Integer::sum);
      }
      String codedInDossier = EventCoding.of(e, d).cameo().code();
      if (!codedInDossier.equals(given)) {
        inDossier.merge(given + " as " + codedInDossier, 1, Integer::sum);
      }
    }
    // On its own, a meeting cannot be coded 044 (the participants' countries are unknown).
    assertThat(alone).containsExactly(Map.entry("044 as 040", 9));
    // In the dossier, the place's country decides: ICEWS places 30 of its 040 meetings in a
    // country of neither participant, and 6 of its 044 meetings in a participant's country.
    assertThat(inDossier).containsExactly(Map.entry("040 as 044", 30), Map.entry("044 as 040", 6));
  }

  private static String code(Event e) {
    if (e instanceof CodedEvent c) {
      return c.cameoCode();
    }
    return e.datasetCodings().get(0).cameo().orElseThrow().code();
  }
}
