package dev.diplomacy.interop.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.SharedData;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.codes.DatasetCoding;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.geography.AdminDivision;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.interop.ElementOrder;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.ImportStream;
import dev.diplomacy.json.DiplomacyJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The import of the 2,111 GDELT rows of 24 October 2019, 14:30 UTC, in the shared data folder;
 * skipped when the folder is absent.
 */
class GdeltImporterSharedDataTest {

  private static final String FILE = "gdelt/20191024143000.export.CSV";

  private static Path file;
  private static GdeltImport result;
  private static Map<Id, Event> events;

  @BeforeAll
  static void read() throws IOException {
    file = SharedData.file(FILE);
    result = GdeltImporter.read(file);
    events = result.dossier().events().stream().collect(Collectors.toMap(Event::id, e -> e));
  }

  private static List<String[]> rows() throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(l -> l.split("\t", -1))
        .collect(Collectors.toList());
  }

  @Test
  void everyActorAndSourceIsHandedOutOnceBeforeTheFirstEventThatNamesIt() throws IOException {
    try (ImportStream s = GdeltImporter.stream(file, p -> {})) {
      assertThat(ElementOrder.check(s)).isEqualTo(2_111);
    }
  }

  @Test
  void everyRowIsImported() {
    assertThat(result.rowsRead()).isEqualTo(2111);
    assertThat(result.rejections()).isEmpty();
    assertThat(result.imported()).isEqualTo(2111);
    assertThat(result.dossier().events()).hasSize(2111);
    assertThat(result.counts().merged()).isZero();
  }

  @Test
  void theWarningsAreTheCodebookDisagreementsAndOneUnknownCode() {
    assertThat(result.problemCounts())
        .containsExactly(
            Map.entry("gdelt.actorCode.unknown", 1L), Map.entry("gdelt.goldstein.disagrees", 13L));
    // GDELT's Goldstein figures for 016 (-2.0) and 022 (3.2) are not the codebook's (-5, 3.4).
    assertThat(
            reasons("gdelt.goldstein.disagrees").stream()
                .map(r -> r.substring(r.indexOf(" for ") + 5, r.indexOf(';')))
                .distinct()
                .sorted())
        .containsExactly("016", "022");
    // The African Union's AFU is not in CAMEO's table of known groups: an organisation all the
    // same.
    assertThat(reasons("gdelt.actorCode.unknown")).singleElement().asString().contains("IGOAFRAFU");
    assertThat(actor("cameo-IGOAFRAFU")).isInstanceOf(Organization.class);
  }

  private static List<String> reasons(String code) {
    return result.warnings().stream()
        .filter(p -> p.code().equals(code))
        .map(ImportProblem::reason)
        .collect(Collectors.toList());
  }

  @Test
  void theDossierValidatesAndSurvivesJson() {
    Dossier d = result.dossier();
    assertThat(d.validate().errors()).isEmpty();
    DiplomacyJson json = DiplomacyJson.strict();
    assertThat(json.read(json.write(d), Dossier.class)).isEqualTo(d);
  }

  @Test
  void everyFipsCodeOfTheFileGetsItsIsoCountry() throws IOException {
    Map<String, String> expected = new TreeMap<>();
    expected.putAll(Map.of("UK", "GB", "RP", "PH", "RS", "RU", "CH", "CN", "IS", "IL", "GM", "DE"));
    expected.putAll(Map.of("SF", "ZA", "KN", "KP", "BM", "MM", "CE", "LK", "SZ", "CH", "US", "US"));
    expected.putAll(Map.of("EI", "IE", "TU", "TR", "AS", "AU", "AU", "AT", "YI", "CS"));
    int checked = 0;
    for (String[] row : rows()) {
      String fips = row[53];
      Place place = events.get(Id.of("gdelt-" + row[0])).place().orElse(null);
      if (fips.isEmpty() || fips.equals("OS")) {
        assertThat(place == null || place.country().isEmpty()).isTrue();
        continue;
      }
      assertThat(place).isNotNull();
      String iso = place.country().orElseThrow().alpha2();
      assertThat(GdeltTables.fips(fips).orElseThrow().country().orElseThrow().alpha2())
          .isEqualTo(iso);
      if (expected.containsKey(fips)) {
        assertThat(iso).as(fips).isEqualTo(expected.get(fips));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(500);
  }

  @Test
  void actorsAreOnePerCodeAndStatesOnePerCountry() {
    List<Actor> actors = result.dossier().actors();
    assertThat(actors.stream().map(Actor::id).distinct()).hasSameSizeAs(actors);
    Actor usa = actor("cameo-USA");
    assertThat(usa).isInstanceOf(State.class);
    Organization usGov = (Organization) actor("cameo-USAGOV");
    assertThat(usGov.name().text()).isEqualTo("Government (United States)");
    assertThat(usGov.organizationKind()).isEqualTo(OrganizationKind.GOVERNMENT);
    assertThat(usGov.country().orElseThrow().alpha3()).isEqualTo("USA");
    Organization gov = (Organization) actor("cameo-GOV");
    assertThat(gov.country()).isEmpty();
    Organization worldBank = (Organization) actor("cameo-IGOUNODEVWBK");
    assertThat(worldBank.name().text()).isEqualTo("World Bank");
    assertThat(worldBank.organizationKind()).isEqualTo(OrganizationKind.INTERNATIONAL_ORGANIZATION);
    assertThat(((Organization) actor("cameo-kur")).name().text()).isEqualTo("Kurd");
    assertThat(((Organization) actor("cameo-AFGINSTAL")).name().text())
        .isEqualTo("Insurgents, Taliban (Afghanistan)".replace("Insurgents, ", ""));
  }

  @Test
  void typedEventsFollowTheSharedMapping() {
    Map<EventKind, Long> kinds =
        result.dossier().events().stream()
            .collect(Collectors.groupingBy(Event::kind, TreeMap::new, Collectors.counting()));
    assertThat(kinds).containsKeys(EventKind.CODED, EventKind.MEETING, EventKind.STATEMENT);
    Event e = events.get(Id.of("gdelt-881990834"));
    assertThat(e.kind()).isEqualTo(EventKind.CODED);
    assertThat(((CodedEvent) e).cameoCode()).isEqualTo("057");
    assertThat(e.datasetCodings())
        .singleElement()
        .satisfies(c -> assertThat(c.cameo()).contains(CameoCode.of("057")));
  }

  /**
   * Every row gives its event one coding, with the row's own figures as a plain read of the file
   * finds them: GLOBALEVENTID, EventCode, GoldsteinScale exactly as written, QuadClass, Actor1 as
   * source and Actor2 as target; a coded event's own code and intensity are the row's too.
   */
  @Test
  void everyRowGivesItsEventOneCodingWithTheRowsFigures() throws IOException {
    Map<String, Long> quads = new TreeMap<>();
    int checked = 0;
    for (String[] row : rows()) {
      Event e = events.get(Id.of("gdelt-" + row[0]));
      assertThat(e.datasetCodings()).as(row[0]).hasSize(1);
      DatasetCoding c = e.datasetCodings().get(0);
      assertThat(c.dataset()).isEqualTo("gdelt");
      assertThat(c.record()).contains(row[0]);
      assertThat(c.cameo().orElseThrow().code()).isEqualTo(row[26]);
      assertThat(c.goldstein().orElseThrow().toPlainString()).as(row[0]).isEqualTo(row[30]);
      assertThat(c.quadClass().orElseThrow().number()).isEqualTo(Integer.parseInt(row[29]));
      assertThat(c.sources()).isEqualTo(row[5].isEmpty() ? List.of() : List.of(actorOf(row[5])));
      assertThat(c.targets()).isEqualTo(row[15].isEmpty() ? List.of() : List.of(actorOf(row[15])));
      if (e instanceof CodedEvent) {
        assertThat(((CodedEvent) e).cameoCode()).isEqualTo(row[26]);
        assertThat(((CodedEvent) e).intensity()).hasValue(Double.parseDouble(row[30]));
      }
      assertThat(c.extensions().get(GdeltData.NUM_MENTIONS))
          .isEqualTo(ExtensionValue.of(Long.parseLong(row[31])));
      assertThat(c.extensions().get(GdeltData.NUM_ARTICLES))
          .isEqualTo(ExtensionValue.of(Long.parseLong(row[33])));
      assertThat(c.extensions().get(GdeltData.AVG_TONE))
          .isEqualTo(ExtensionValue.of(new BigDecimal(row[34])));
      assertThat(c.extensions().get(GdeltData.IS_ROOT_EVENT))
          .isEqualTo(ExtensionValue.of(row[25].equals("1")));
      assertThat(c.extensions().get(GdeltData.DATE_ADDED))
          .isEqualTo(ExtensionValue.of("2019-10-24T14:30:00Z"));
      quads.merge(row[28] + " " + row[29], 1L, Long::sum);
      assertThat(e.extensions())
          .doesNotContainKeys("gdelt:eventCode", "gdelt:quadClass", "gdelt:goldsteinScale");
      checked++;
    }
    assertThat(checked).isEqualTo(2111);
    // GDELT's own rule: roots 01-05 are 1, 06-09 are 2, 10-14 are 3, 15-20 are 4.
    assertThat(quads).containsEntry("09 2", 45L).containsEntry("14 3", 31L);
    quads
        .keySet()
        .forEach(
            k ->
                assertThat(GdeltRowReader.gdeltQuadClass(CameoCode.of(k.substring(0, 2))))
                    .as(k)
                    .isEqualTo(Integer.parseInt(k.substring(3))));
    assertThat(result.dossier().events().stream().mapToInt(x -> x.datasetCodings().size()).sum())
        .isEqualTo(2111);
  }

  /**
   * The ADM1 and ADM2 codes of the action geography are the place's first- and second-order
   * divisions.
   */
  @Test
  void admCodesAreThePlacesAdministrativeDivisions() throws IOException {
    int withAdm1 = 0;
    int withAdm2 = 0;
    for (String[] row : rows()) {
      Place p = events.get(Id.of("gdelt-" + row[0])).place().orElse(null);
      if (row[51].isEmpty() || row[51].equals("0")) {
        assertThat(p).isNull();
        continue;
      }
      assertThat(p.admin1().flatMap(AdminDivision::code))
          .isEqualTo(Optional.of(row[54]).filter(v -> !v.isEmpty()));
      assertThat(p.admin2().flatMap(AdminDivision::code))
          .isEqualTo(Optional.of(row[55]).filter(v -> !v.isEmpty()));
      assertThat(p.extensions()).doesNotContainKeys("gdelt:adm1Code", "gdelt:adm2Code");
      withAdm1 += row[54].isEmpty() ? 0 : 1;
      withAdm2 += row[55].isEmpty() ? 0 : 1;
    }
    assertThat(withAdm1).isGreaterThan(1500);
    assertThat(withAdm2).isGreaterThan(100);
  }

  private static Id actorOf(String code) {
    Id byCode = Id.of("cameo-" + code);
    if (result.dossier().actors().stream().anyMatch(a -> a.id().equals(byCode))) {
      return byCode;
    }
    // A country alone is its state, one per country, whatever CAMEO code names it.
    return result.dossier().actors().stream()
        .filter(a -> a.externalIds().stream().anyMatch(x -> x.toString().equals("cameo:" + code)))
        .map(Actor::id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no actor for " + code));
  }

  private static Actor actor(String id) {
    return result.dossier().actors().stream()
        .filter(a -> a.id().value().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + id));
  }
}
