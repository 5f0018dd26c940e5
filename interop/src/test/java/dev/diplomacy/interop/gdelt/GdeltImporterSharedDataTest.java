package dev.diplomacy.interop.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.SharedData;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.json.DiplomacyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
            Map.entry("gdelt.actorCode.unknown", 1L),
            Map.entry("gdelt.goldstein.disagrees", 13L),
            Map.entry("gdelt.quadClass.disagrees", 76L));
    // GDELT's Goldstein figures for 016 (-2.0) and 022 (3.2) are not the codebook's (-5, 3.4).
    assertThat(
            reasons("gdelt.goldstein.disagrees").stream()
                .map(r -> r.substring(r.indexOf(" for ") + 5, r.indexOf(';')))
                .distinct()
                .sorted())
        .containsExactly("016", "022");
    // GDELT puts root 09 (investigate) in material cooperation and root 14 (protest) in verbal
    // conflict; the core's quad classes put them one class further on.
    assertThat(
            reasons("gdelt.quadClass.disagrees").stream()
                .map(r -> r.substring(r.indexOf(" for ") + 5, r.indexOf(" for ") + 7))
                .distinct()
                .sorted())
        .containsExactly("09", "14");
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
    assertThat(e.extensions().get(GdeltData.EVENT_CODE)).isEqualTo(ExtensionValue.of("057"));
  }

  private static Actor actor(String id) {
    return result.dossier().actors().stream()
        .filter(a -> a.id().value().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no actor " + id));
  }
}
