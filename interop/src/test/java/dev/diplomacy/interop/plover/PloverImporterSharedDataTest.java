package dev.diplomacy.interop.plover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.SharedData;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.codes.EventCoding;
import dev.diplomacy.core.codes.PloverCategory;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.validation.Severity;
import dev.diplomacy.interop.ImportProblem;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The import of the 323 PLOVER gold-standard records in the shared data folder (system property
 * {@code diplomacy.sharedData}, by default {@code ../shared/data}); skipped when the folder is
 * absent.
 */
class PloverImporterSharedDataTest {

  private static final String FILE = "plover/PLOVER_GSR_CAMEO.txt";

  private static PloverImport result;
  private static Dossier dossier;

  @BeforeAll
  static void read() throws IOException {
    result = PloverImporter.read(SharedData.file(FILE));
    dossier = result.dossier();
  }

  private static Event event(String id) {
    return dossier.event(Id.of(id)).orElseThrow();
  }

  private static Actor actor(String id) {
    return dossier.actor(Id.of(id)).orElseThrow();
  }

  @Test
  void everyRecordIsImportedOrSkippedAsDocumentation() {
    assertThat(result.recordsRead()).isEqualTo(323);
    assertThat(result.imported()).isEqualTo(322);
    assertThat(result.documents()).isEqualTo(1);
    assertThat(result.rejected()).isZero();
    assertThat(result.rejections()).isEmpty();
    assertThat(dossier.events()).hasSize(322);
    assertThat(result)
        .hasToString("323 records: 322 imported, 1 documentation, 0 rejected; 423 warnings");
  }

  @Test
  void theProblemsByCode() {
    assertThat(result.problemCounts())
        .containsExactly(
            entry("plover.actor.code.unknown", 6L),
            // a state's other spellings after its first record: US, U.S., UK, PRC...
            entry("plover.actor.late", 15L),
            entry("plover.actors.invalid", 1L),
            entry("plover.date.placeholder", 322L),
            entry("plover.event.legacy", 76L),
            entry("plover.id.duplicate", 1L),
            entry("plover.record.documentation", 1L),
            entry("plover.source.missing", 1L));
    assertThat(result.warnings()).hasSize(423).allMatch(p -> p.severity() == Severity.WARNING);
  }

  @Test
  void theUnknownCodesAreJapItlAndVtnAndJapanAndItalyAreStillFoundByName() {
    Map<Integer, String> unknown =
        result.problems().stream()
            .filter(p -> p.code().equals("plover.actor.code.unknown"))
            .collect(
                Collectors.toMap(
                    ImportProblem::line, ImportProblem::reason, (a, b) -> a, TreeMap::new));
    assertThat(unknown.keySet()).containsExactly(31, 734, 1792, 4296, 4377, 5168);
    assertThat(unknown.get(31)).contains("'JAP'", "'Tokyo' is kept without a country");
    assertThat(unknown.get(734))
        .contains("'JAP'", "'Japanese Prime Minister Ryutaro Hashimoto' is kept without a country");
    assertThat(unknown.get(4377)).contains("'JAP'", "its name 'Japan' is the name of Japan");
    assertThat(unknown.get(1792)).contains("'ITL'", "its name 'Italy' is the name of Italy");
    assertThat(unknown.get(5168))
        .contains("'VTN'", "'Vietnamese-led forces' is kept without a country");

    Organization tokyo = (Organization) actor("tokyo");
    assertThat(tokyo.country()).isEmpty();
    assertThat(tokyo.extensions()).containsEntry("plover:code", ExtensionValue.of("JAP"));
    Organization hashimoto = (Organization) actor("japanese-prime-minister-ryutaro-hashimoto");
    assertThat(hashimoto.country()).isEmpty();
    assertThat(hashimoto.extensions())
        .containsEntry("plover:code", ExtensionValue.of("JAP"))
        .containsEntry("plover:sector", ExtensionValue.of("GOV"));
    assertThat(((State) actor("japan")).country()).isEqualTo(Country.of("JP"));
    assertThat(event("PLOVER-GSR01-SANCTION-0006").actorIds()).contains(Id.of("japan"));
  }

  @Test
  void theDocumentationRecordIsSkippedAndKeptInTheDossier() {
    assertThat(dossier.event(Id.of("PLOVER-GSR01-DOCUMENT-0001"))).isEmpty();
    ExtensionValue.ListValue documents =
        (ExtensionValue.ListValue) dossier.extensions().get("plover:documents");
    assertThat(documents.values()).hasSize(1);
    assertThat(((ExtensionValue.MapValue) documents.values().get(0)).members())
        .containsEntry("id", ExtensionValue.of("PLOVER-GSR01-DOCUMENT-0001"))
        .containsEntry("coder", ExtensionValue.of("Parus Analytics"))
        .containsKey("license");
  }

  @Test
  void theCategoriesAreThoseOfPlover2021TheOlderNamesIncluded() {
    Map<PloverCategory, Long> categories =
        dossier.events().stream()
            .collect(
                Collectors.groupingBy(
                    e -> EventCoding.of(e, dossier).plover().orElseThrow().category(),
                    TreeMap::new,
                    Collectors.counting()));
    assertThat(categories)
        .containsExactly(
            entry(PloverCategory.AGREE, 40L),
            entry(PloverCategory.CONSULT, 11L),
            entry(PloverCategory.SUPPORT, 12L),
            entry(PloverCategory.CONCEDE, 12L),
            entry(PloverCategory.COOPERATE, 4L),
            entry(PloverCategory.AID, 10L),
            entry(PloverCategory.RETREAT, 14L),
            entry(PloverCategory.REQUEST, 34L),
            entry(PloverCategory.ACCUSE, 25L),
            entry(PloverCategory.REJECT, 34L),
            entry(PloverCategory.THREATEN, 29L),
            entry(PloverCategory.PROTEST, 27L),
            entry(PloverCategory.SANCTION, 14L),
            entry(PloverCategory.MOBILIZE, 6L),
            entry(PloverCategory.COERCE, 18L),
            entry(PloverCategory.ASSAULT, 32L));
    CodedEvent demand = (CodedEvent) event("PLOVER-GSR01-DEMAND-0001");
    assertThat(demand.cameoCode()).isEqualTo("10");
    assertThat(demand.extensions()).containsEntry("plover:event", ExtensionValue.of("DEMAND"));
    assertThat(((CodedEvent) event("PLOVER-GSR01-INVESTIGATE-0001")).cameoCode()).isEqualTo("09");
    assertThat(((CodedEvent) event("PLOVER-GSR01-FIGHT-0001")).cameoCode()).isEqualTo("19");
  }

  @Test
  void consultationsAreVisitsAndMeetingsWhereTheyFit() {
    Map<EventKind, Long> kinds =
        dossier.events().stream()
            .filter(e -> e.id().value().contains("-CONSULT-"))
            .collect(Collectors.groupingBy(Event::kind, TreeMap::new, Collectors.counting()));
    assertThat(kinds)
        .containsExactly(
            entry(EventKind.MEETING, 7L), entry(EventKind.VISIT, 3L), entry(EventKind.CODED, 1L));
    assertThat(event("PLOVER-GSR01-CONSULT-0005").participants())
        .extracting(p -> p.actor().value() + " " + p.role())
        .containsExactly(
            "russian-president-boris-yeltsin HOST",
            "japanese-prime-minister-ryutaro-hashimoto GUEST");
    assertThat(EventCoding.of(event("PLOVER-GSR01-CONSULT-0002")).cameo().code()).isEqualTo("041");
  }

  @Test
  void theQuirksOfSingleRecordsAreKept() {
    Event agree7 = event("PLOVER-GSR01-AGREE-0007");
    assertThat(agree7.extensions()).containsEntry("plover:target", ExtensionValue.of("diplomatic"));
    assertThat(agree7.participants()).extracting(p -> p.role()).containsOnly(Role.SOURCE_ACTOR);

    Event assault9 = event("PLOVER-GSR01-ASSAULT-0009");
    assertThat(assault9.participants())
        .extracting(p -> p.actor().value() + " " + p.role())
        .containsExactly("iraqi-civilians TARGET_ACTOR");
    assertThat(assault9.extensions()).containsEntry("plover:dead", ExtensionValue.of("3"));

    Event second = event("PLOVER-GSR01-COERCE-0004-2");
    assertThat(second.externalIds())
        .containsExactly(ExternalId.of("plover", "PLOVER-GSR01-COERCE-0004"));
    assertThat(event("PLOVER-GSR01-COERCE-0004").externalIds()).isEmpty();

    assertThat(agree7.when().orElseThrow().date()).isEqualTo(PartialDate.of(2000, 1, 1));
    assertThat(agree7.extensions())
        .containsEntry("plover:dateCoded", ExtensionValue.of("2016-12-19"))
        .containsEntry("plover:coder", ExtensionValue.of("Parus Analytics"))
        .containsKey("plover:textInfo");
  }

  @Test
  void everyEventCitesTheSentenceItWasCodedFrom() {
    assertThat(dossier.sources()).hasSize(1);
    assertThat(dossier.sources().get(0).language()).contains("en");
    Actor publisher =
        dossier.actor(dossier.sources().get(0).publisher().orElseThrow()).orElseThrow();
    assertThat(publisher.name().text()).isEqualTo("OEDA team from CAMEO 1.1b3 manual");
    assertThat(dossier.events())
        .allSatisfy(
            e ->
                assertThat(e.citations())
                    .singleElement()
                    .satisfies(c -> assertThat(c.quote()).isPresent()));
  }

  @Test
  void theDossierIsValid() {
    assertThat(dossier.validate().findings()).isEmpty();
  }

  @Test
  void exportingTheImportGivesARecordForEveryEventThatReadsBackToTheSameCategoryAndActors()
      throws IOException {
    StringWriter out = new StringWriter();
    PloverExport export = PloverExporter.write(dossier, out);
    assertThat(export.linesWritten()).isEqualTo(322);
    assertThat(export.notExported()).isEmpty();

    PloverImport back = PloverImporter.read(new StringReader(out.toString()));
    assertThat(back.imported()).isEqualTo(322);
    assertThat(back.rejected()).isZero();
    Map<Id, Event> again =
        back.dossier().events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
    assertThat(again.keySet())
        .isEqualTo(dossier.events().stream().map(Event::id).collect(Collectors.toSet()));
    for (Event e : dossier.events()) {
      Event b = again.get(e.id());
      assertThat(EventCoding.of(b, back.dossier()).plover().orElseThrow().category())
          .isEqualTo(EventCoding.of(e, dossier).plover().orElseThrow().category());
      assertThat(b.participants()).isEqualTo(e.participants());
      Map<String, ExtensionValue> kept = new TreeMap<>(e.extensions());
      Map<String, ExtensionValue> keptAgain = new TreeMap<>(b.extensions());
      kept.remove("plover:event"); // DEMAND is written as REQUEST, FIGHT as ASSAULT...
      keptAgain.remove("plover:event");
      kept.remove("plover:target"); // "target": "diplomatic" is not a PLOVER field, and not written
      assertThat(keptAgain).isEqualTo(kept);
    }
  }
}
