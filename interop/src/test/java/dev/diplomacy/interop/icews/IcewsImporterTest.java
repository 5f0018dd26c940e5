package dev.diplomacy.interop.icews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.ActorDirectory;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.codes.DatasetCoding;
import dev.diplomacy.core.codes.EventCoding;
import dev.diplomacy.core.codes.QuadClass;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Agent;
import dev.diplomacy.core.events.Agreement;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.MeetingFormat;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.MessageKind;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.events.Statement;
import dev.diplomacy.core.events.StatementKind;
import dev.diplomacy.core.events.SupportKind;
import dev.diplomacy.core.events.SupportPledge;
import dev.diplomacy.core.events.Visit;
import dev.diplomacy.core.geography.AdminDivision;
import dev.diplomacy.core.geography.Coordinates;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.time.When;
import dev.diplomacy.core.validation.Severity;
import dev.diplomacy.interop.ImportProblem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IcewsImporterTest {

  private static Actor actorNamed(Dossier d, String name) {
    List<Actor> found =
        d.actors().stream()
            .filter(a -> a.allNames().stream().anyMatch(n -> n.text().equals(name)))
            .collect(Collectors.toList());
    assertThat(found).as("actors named " + name).hasSize(1);
    return found.get(0);
  }

  private static List<String> codes(List<ImportProblem> problems) {
    return problems.stream().map(ImportProblem::code).collect(Collectors.toList());
  }

  private static void assertCounts(
      IcewsImport r, int rows, int imported, int merged, int rejected) {
    assertThat(r.rowsRead()).isEqualTo(rows);
    assertThat(r.imported()).isEqualTo(imported);
    assertThat(r.merged()).isEqualTo(merged);
    assertThat(r.rejected()).isEqualTo(rejected);
    assertThat(r.dossier().events()).hasSize(imported);
    assertThat(r.rowsRead()).isEqualTo(r.imported() + r.merged() + r.rejected());
  }

  // A whole row

  @Test
  void readsARowIntoAnEventItsActorsItsSourceAndItsPlace() {
    IcewsImport r =
        Tsv.read(
            Tsv.row()
                .with("CAMEO Code", "043")
                .with("Event Text", "Host a visit")
                .with("Intensity", "2.8"));
    assertCounts(r, 1, 1, 0, 0);
    assertThat(r.problems()).isEmpty();
    Dossier d = r.dossier();
    assertThat(d.validate().findings()).isEmpty();

    Person kim = (Person) actorNamed(d, "Kim Jong-Un");
    assertThat(kim.id()).isEqualTo(Id.of("kim-jong-un"));
    assertThat(kim.nationality()).contains(Country.of("KP"));
    assertThat(kim.externalIds()).containsExactly(ExternalId.of("icews", "Kim Jong-Un"));
    Organization yonhap = (Organization) actorNamed(d, "Yonhap News Agency");
    assertThat(yonhap.organizationKind()).isEqualTo(OrganizationKind.NEWS_MEDIA);

    Meeting m = (Meeting) d.events().get(0);
    assertThat(m.id()).isEqualTo(Id.of("icews-1"));
    assertThat(m.externalIds()).containsExactly(ExternalId.of("icews", "1"));
    assertThat(m.when()).contains(When.on("2018-06-01"));
    assertThat(m.participants())
        .containsExactly(
            Participant.of(kim.id(), Role.HOST), Participant.of(Id.of("moon-jae-in"), Role.GUEST));
    assertThat(m.extensions()).doesNotContainKeys("icews:cameoCode", "icews:intensity");
    assertThat(m.datasetCodings())
        .containsExactly(
            DatasetCoding.builder()
                .dataset("icews")
                .record("1")
                .cameo(CameoCode.of("043"))
                .goldstein(new BigDecimal("2.8"))
                .quadClass(QuadClass.VERBAL_COOPERATION)
                .addSource(kim.id())
                .addTarget(Id.of("moon-jae-in"))
                .build());
    assertThat(m.citations())
        .containsExactly(
            Citation.builder().source(Id.of("icews-story-100")).locator("sentence 1").build());
    assertThat(m.place())
        .contains(
            Place.builder()
                .admin1(AdminDivision.named("Gyeonggi-do"))
                .locality("Panmunjom")
                .country(Country.of("KR"))
                .coordinates(Coordinates.of(37.9558, 126.677))
                .build());

    Source story = d.sources().get(0);
    assertThat(story.id()).isEqualTo(Id.of("icews-story-100"));
    assertThat(story.publisher()).contains(yonhap.id());
    assertThat(story.extensions()).containsEntry("icews:storyId", ExtensionValue.of("100"));
  }

  @Test
  void readsAFileFromAPath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("events.tab");
    Files.writeString(file, "\uFEFF" + Tsv.file(Tsv.row()), StandardCharsets.UTF_8);
    IcewsImport r = IcewsImporter.read(file);
    assertCounts(r, 1, 1, 0, 0);
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void readsColumnsInAnyOrder() {
    List<String> reversed = new ArrayList<>(RowReader.COLUMNS);
    Collections.reverse(reversed);
    String header = String.join("\t", reversed);
    String[] values = Tsv.row().toString().split("\t");
    StringBuilder row = new StringBuilder();
    for (int i = values.length - 1; i >= 0; i--) {
      row.append(values[i]).append(i > 0 ? "\t" : "");
    }
    IcewsImport r = Tsv.read(header + "\n" + row + "\n");
    assertCounts(r, 1, 1, 0, 0);
    assertThat(((Meeting) r.dossier().events().get(0)).actorIds())
        .containsExactly(Id.of("kim-jong-un"), Id.of("moon-jae-in"));
  }

  // NA, sectors, countries, places

  @Test
  void naIsAnAbsentValue() {
    IcewsImport r =
        Tsv.read(
            Tsv.row()
                .with("Source Sectors", "NA")
                .with("Source Country", "NA")
                .with("CAMEO Code", "190")
                .with("Intensity", "NA")
                .with("City", "NA")
                .with("Province", "NA")
                .with("Country", "NA")
                .with("Latitude", "NA")
                .with("Longitude", "NA"));
    assertCounts(r, 1, 1, 0, 0);
    assertThat(r.problems()).isEmpty();
    Person kim = (Person) actorNamed(r.dossier(), "Kim Jong-Un");
    assertThat(kim.nationality()).isEmpty();
    assertThat(kim.extensions()).doesNotContainKey("icews:sectors");
    CodedEvent e = (CodedEvent) r.dossier().events().get(0);
    assertThat(e.place()).isEmpty();
    assertThat(e.intensity()).isEmpty();
  }

  @Test
  void commaJoinedSectorsAreKeptAsAListFromTheFirstRowAndLaterOnesAreReported() {
    IcewsImport r =
        Tsv.read(
            Tsv.row().with("Source Sectors", "Elite,Executive,Government"),
            Tsv.row()
                .with("Event ID", "2")
                .with("Source Sectors", "Government,(National) Major Party")
                .with("Sentence Number", "2"));
    Actor kim = actorNamed(r.dossier(), "Kim Jong-Un");
    assertThat(kim.extensions())
        .containsEntry(
            "icews:sectors",
            new ExtensionValue.ListValue(
                List.of(
                    ExtensionValue.of("Elite"),
                    ExtensionValue.of("Executive"),
                    ExtensionValue.of("Government"))));
    assertThat(r.warnings())
        .containsExactly(
            ImportProblem.warning(
                3,
                "icews.actor.late",
                "the actor kim-jong-un ('Kim Jong-Un') was made from the row that first named it:"
                    + " the sectors [(National) Major Party] that 'Kim Jong-Un' is given here are"
                    + " not added"));
  }

  @Test
  void countriesAreReadByTheirEnglishNames() {
    IcewsImport r =
        Tsv.read(
            Tsv.row()
                .with("Source Name", "Russia")
                .with("Source Sectors", "NA")
                .with("Source Country", "Russian Federation")
                .with("Target Name", "Sergey Viktorovich Lavrov")
                .with("Target Country", "Russian Federation")
                .with("Country", "the former Yugoslav Republic of Macedonia"));
    State russia = (State) actorNamed(r.dossier(), "Russia");
    assertThat(russia.country()).isEqualTo(Country.of("RU"));
    assertThat(((Person) actorNamed(r.dossier(), "Sergey Viktorovich Lavrov")).nationality())
        .contains(Country.of("RU"));
    assertThat(r.dossier().events().get(0).place().flatMap(Place::country))
        .contains(Country.of("MK"));
  }

  @Test
  void aStateIsNamedByItsCountryAndKeepsTheIcewsSpellingOfItsFirstRowAsAnotherName() {
    IcewsImport r =
        Tsv.read(
            Tsv.row()
                .with("Source Name", "Palestinian Territory, Occupied")
                .with("Source Sectors", "NA"),
            Tsv.row()
                .with("Event ID", "2")
                .with("Sentence Number", "2")
                .with("Source Name", "Occupied Palestinian Territory")
                .with("Source Sectors", "NA"));
    State palestine = (State) actorNamed(r.dossier(), "Palestine");
    assertThat(palestine.id()).isEqualTo(Id.of("palestine"));
    assertThat(palestine.otherNames())
        .extracting(n -> n.text())
        .containsExactly("Palestinian Territory, Occupied");
    assertThat(codes(r.warnings())).containsExactly("icews.actor.late");
    assertThat(r.warnings().get(0).reason())
        .endsWith("the spelling 'Occupied Palestinian Territory' is not added to its names");
  }

  @Test
  void anUnknownCountryNameIsReportedAndTheActorKeptWithoutCountry() {
    IcewsImport r =
        Tsv.read(
            Tsv.row().with("Source Country", "Atlantis"),
            Tsv.row()
                .with("Event ID", "2")
                .with("Sentence Number", "2")
                .with("Source Country", "NA")
                .with("Country", "Lemuria"));
    assertCounts(r, 2, 2, 0, 0);
    assertThat(r.warnings())
        .containsExactly(
            new ImportProblem(
                2,
                "icews.country.unknown",
                Severity.WARNING,
                "the Source Country 'Atlantis' names no known country; it is left out"),
            new ImportProblem(
                3,
                "icews.country.unknown",
                Severity.WARNING,
                "the Country 'Lemuria' names no known country; it is left out"));
    assertThat(((Person) actorNamed(r.dossier(), "Kim Jong-Un")).nationality()).isEmpty();
    Place lemuria = r.dossier().events().get(1).place().orElseThrow();
    assertThat(lemuria.country()).isEmpty();
    assertThat(lemuria.name()).contains("Panmunjom, Lemuria");
    assertThat(lemuria.admin1()).contains(AdminDivision.named("Gyeonggi-do"));
  }

  @Test
  void anotherCountryForAKnownActorIsReportedAndTheFirstKept() {
    IcewsImport r =
        Tsv.read(
            Tsv.row(),
            Tsv.row()
                .with("Event ID", "2")
                .with("Sentence Number", "2")
                .with("Source Country", "China"));
    assertThat(codes(r.warnings())).containsExactly("icews.actor.countryConflict");
    assertThat(r.warnings().get(0).line()).isEqualTo(3);
    assertThat(((Person) actorNamed(r.dossier(), "Kim Jong-Un")).nationality())
        .contains(Country.of("KP"));
  }

  @Test
  void theProvinceAndDistrictAreTheAdministrativeDivisionsNotTheName() {
    IcewsImport r =
        Tsv.read(
            Tsv.row()
                .with("City", "Collingwood")
                .with("District", "Yarra")
                .with("Province", "State of Victoria")
                .with("Country", "Australia"),
            Tsv.row()
                .with("Event ID", "2")
                .with("Sentence Number", "2")
                .with("City", "NA")
                .with("District", "NA")
                .with("Province", "Osaka-fu")
                .with("Country", "NA")
                .with("Latitude", "NA")
                .with("Longitude", "NA"));
    Place victoria = r.dossier().events().get(0).place().orElseThrow();
    assertThat(victoria.name()).isEmpty();
    assertThat(victoria.admin1()).contains(AdminDivision.named("State of Victoria"));
    assertThat(victoria.admin2()).contains(AdminDivision.named("Yarra"));
    assertThat(victoria.locality()).contains("Collingwood");
    assertThat(victoria.country()).contains(Country.of("AU"));
    Place osaka = r.dossier().events().get(1).place().orElseThrow();
    assertThat(osaka).isEqualTo(Place.builder().admin1(AdminDivision.named("Osaka-fu")).build());
  }

  @Test
  void aPlaceWithOnlyCityAndCountryHasNoName() {
    IcewsImport r = Tsv.read(Tsv.row().with("Province", "NA"));
    Place p = r.dossier().events().get(0).place().orElseThrow();
    assertThat(p.name()).isEmpty();
    assertThat(p.locality()).contains("Panmunjom");
  }

  @Test
  void halfOfACoordinatePairIsReportedAndLeftOut() {
    IcewsImport r = Tsv.read(Tsv.row().with("Longitude", "NA"));
    assertCounts(r, 1, 1, 0, 0);
    assertThat(codes(r.warnings())).containsExactly("icews.coordinates.partial");
    assertThat(r.dossier().events().get(0).place().orElseThrow().coordinates()).isEmpty();
  }

  // Actors across rows

  @Test
  void kimRaulCastroAndDiazCanelAreOneActorEachWhateverTheSpelling() {
    IcewsImport r =
        Tsv.read(
            Tsv.row()
                .with("Event ID", "1")
                .with("Source Name", "Kim Jong-Un")
                .with("Target Name", "Raúl Castro")
                .with("Target Country", "Cuba"),
            Tsv.row()
                .with("Event ID", "2")
                .with("Sentence Number", "2")
                .with("Source Name", "Kim Jong-un")
                .with("Target Name", "Raul Castro")
                .with("Target Country", "Cuba"),
            Tsv.row()
                .with("Event ID", "3")
                .with("Sentence Number", "3")
                .with("Source Name", "Kim Jong Un")
                .with("Target Name", "Raul Castro Ruz")
                .with("Target Country", "Cuba"),
            Tsv.row()
                .with("Event ID", "4")
                .with("Sentence Number", "4")
                .with("Source Name", "Miguel Díaz-Canel")
                .with("Source Country", "Cuba")
                .with("Target Name", "RAÚL CASTRO")
                .with("Target Country", "Cuba"),
            Tsv.row()
                .with("Event ID", "5")
                .with("Sentence Number", "5")
                .with("Source Name", "Miguel Diaz-Canel")
                .with("Source Country", "Cuba")
                .with("Target Name", "Kim Jong-Un"));
    assertCounts(r, 5, 5, 0, 0);
    Dossier d = r.dossier();
    assertThat(d.actors().stream().filter(a -> a instanceof Person)).hasSize(3);
    ActorDirectory directory = ActorDirectory.of(d.actors());
    for (String[] names :
        List.of(
            new String[] {"Kim Jong-Un", "Kim Jong-un", "Kim Jong Un"},
            new String[] {"Raúl Castro", "Raul Castro", "Raul Castro Ruz", "RAÚL CASTRO"},
            new String[] {"Miguel Díaz-Canel", "Miguel Diaz-Canel"})) {
      Set<Id> ids =
          List.of(names).stream()
              .map(n -> directory.resolve(n).actor().orElseThrow().id())
              .collect(Collectors.toSet());
      assertThat(ids).as(names[0]).hasSize(1);
    }
    Person castro = (Person) actorNamed(d, "Raúl Castro");
    assertThat(castro.id()).isEqualTo(Id.of("raul-castro"));
    // the actor is made from its first row; each later spelling is reported, once
    assertThat(castro.otherNames()).isEmpty();
    assertThat(r.warnings())
        .extracting(ImportProblem::line, ImportProblem::reason)
        .filteredOn(t -> t.toList().get(1).toString().contains("('Raúl Castro')"))
        .extracting(t -> t.toList().get(0))
        .containsExactly(3, 4, 5);
    assertThat(d.events())
        .allSatisfy(
            e ->
                assertThat(e.actorIds())
                    .isSubsetOf(d.actors().stream().map(Actor::id).collect(Collectors.toSet())));
  }

  @Test
  void personsOfTheSameNameAndOtherCountriesStayApartUnderALongerName() {
    IcewsImport r =
        Tsv.read(
            Tsv.row().with("Source Name", "Mohamed Ahmed").with("Source Country", "Comoros"),
            Tsv.row()
                .with("Event ID", "2")
                .with("Sentence Number", "2")
                .with("Source Name", "Mohamed Ahmed Ali")
                .with("Source Country", "Somalia"));
    assertThat(actorNamed(r.dossier(), "Mohamed Ahmed"))
        .isNotEqualTo(actorNamed(r.dossier(), "Mohamed Ahmed Ali"));
  }

  @ParameterizedTest
  @CsvSource({"Donald Trump Jr.,Donald Trump", "Donald Trump,Donald Trump Jr."})
  void aGenerationalSuffixKeepsTwoPersonsApartInEitherOrder(String first, String second) {
    List<Tsv> rows = new ArrayList<>();
    String[] names = {first, second, first};
    for (int i = 0; i < names.length; i++) {
      rows.add(
          Tsv.row()
              .with("Event ID", String.valueOf(i + 1))
              .with("Sentence Number", String.valueOf(i + 1))
              .with("Source Name", names[i])
              .with("Source Sectors", "Business")
              .with("Source Country", "United States"));
    }
    Dossier d = Tsv.read((Object[]) rows.toArray(new Tsv[0])).dossier();
    Actor father = actorNamed(d, "Donald Trump");
    Actor son = actorNamed(d, "Donald Trump Jr.");
    assertThat(father.id()).isEqualTo(Id.of("donald-trump"));
    assertThat(son.id()).isEqualTo(Id.of("donald-trump-jr"));
    assertThat(father.allNames()).extracting(n -> n.text()).containsExactly("Donald Trump");
    assertThat(son.allNames()).extracting(n -> n.text()).containsExactly("Donald Trump Jr.");
    Map<Id, Long> eventsBySource =
        d.events().stream()
            .collect(
                Collectors.groupingBy(e -> e.participants().get(0).actor(), Collectors.counting()));
    assertThat(eventsBySource.get(first.equals("Donald Trump") ? father.id() : son.id()))
        .isEqualTo(2);
    assertThat(eventsBySource.get(first.equals("Donald Trump") ? son.id() : father.id()))
        .isEqualTo(1);
  }

  @Test
  void idsThatAreTakenGetASuffix() {
    IcewsImport r =
        Tsv.read(
            Tsv.row()
                .with("Source Name", "Congo")
                .with("Source Sectors", "NA")
                .with("Source Country", "Congo"),
            Tsv.row()
                .with("Event ID", "2")
                .with("Sentence Number", "2")
                .with("Source Name", "Republic of the Congo")
                .with("Source Sectors", "Government"),
            Tsv.row()
                .with("Event ID", "3")
                .with("Sentence Number", "3")
                .with("Source Name", "ICEWS 1")
                .with("Source Sectors", "Business"));
    State congo = (State) actorNamed(r.dossier(), "Congo");
    assertThat(congo.id()).isEqualTo(Id.of("republic-of-the-congo"));
    Organization government =
        r.dossier().actors().stream()
            .filter(a -> a instanceof Organization)
            .map(a -> (Organization) a)
            .filter(o -> o.name().text().equals("Republic of the Congo"))
            .findFirst()
            .orElseThrow();
    assertThat(government.id()).isEqualTo(Id.of("republic-of-the-congo-2"));
    // ids are given as actors are first named, before the events' ids are known: the ids of
    // events and sources start with icews-, those of actors never do
    assertThat(actorNamed(r.dossier(), "ICEWS 1").id()).isEqualTo(Id.of("actor-icews-1"));
    assertThat(r.dossier().event(Id.of("icews-1"))).isPresent();
    assertThat(r.dossier().validate().errors()).isEmpty();
  }

  @Test
  void anUnspecifiedActorIsNoActorAndItsNameIsKept() {
    IcewsImport r =
        Tsv.read(
            Tsv.row()
                .with("CAMEO Code", "141")
                .with("Event Text", "Demonstrate or rally")
                .with("Target Name", "Unspecified Actor")
                .with("Target Sectors", "Unspecified")
                .with("Target Country", "NA"));
    assertCounts(r, 1, 1, 0, 0);
    CodedEvent e = (CodedEvent) r.dossier().events().get(0);
    assertThat(e.participants())
        .containsExactly(Participant.of(Id.of("kim-jong-un"), Role.SOURCE_ACTOR));
    assertThat(e.extensions())
        .containsEntry("icews:unidentifiedTarget", ExtensionValue.of("Unspecified Actor"));
    assertThat(r.dossier().actors()).noneMatch(a -> a.name().text().equals("Unspecified Actor"));
  }

  @Test
  void aMeetingWithAnUnidentifiedSideIsACodedEvent() {
    IcewsImport r =
        Tsv.read(
            Tsv.row().with("Source Name", "Unidentified State Actor").with("Source Sectors", "NA"));
    CodedEvent e = (CodedEvent) r.dossier().events().get(0);
    assertThat(e.cameoCode()).isEqualTo("040");
    assertThat(e.participants())
        .containsExactly(Participant.of(Id.of("moon-jae-in"), Role.TARGET_ACTOR));
    assertThat(e.extensions())
        .containsEntry("icews:unidentifiedSource", ExtensionValue.of("Unidentified State Actor"));
  }

  // Symmetric pairs

  @Test
  void aSymmetricPairBecomesOneMeeting() {
    Tsv ab = Tsv.row().with("Event ID", "10");
    IcewsImport r = Tsv.read(ab, ab.mirrored("11"));
    assertCounts(r, 2, 1, 1, 0);
    Meeting m = (Meeting) r.dossier().events().get(0);
    assertThat(m.externalIds())
        .containsExactly(ExternalId.of("icews", "10"), ExternalId.of("icews", "11"));
    assertThat(m.participants())
        .containsExactly(
            Participant.of(Id.of("kim-jong-un")), Participant.of(Id.of("moon-jae-in")));
    assertThat(m.citations()).hasSize(1);
  }

  @Test
  void aMergedPairKeepsBothRowsCodingsEachInItsOwnDirection() {
    Tsv ab = Tsv.row().with("Event ID", "10").with("CAMEO Code", "040").with("Intensity", "1.0");
    IcewsImport r = Tsv.read(ab, ab.mirrored("11"));
    Event m = r.dossier().events().get(0);
    assertThat(m.datasetCodings())
        .extracting(c -> c.record().orElseThrow(), DatasetCoding::sources, DatasetCoding::targets)
        .containsExactly(
            tuple("10", List.of(Id.of("kim-jong-un")), List.of(Id.of("moon-jae-in"))),
            tuple("11", List.of(Id.of("moon-jae-in")), List.of(Id.of("kim-jong-un"))));
    assertThat(m.datasetCodings())
        .allSatisfy(
            c -> {
              assertThat(c.cameo()).contains(CameoCode.of("040"));
              assertThat(c.goldstein()).contains(new BigDecimal("1.0"));
              assertThat(c.quadClass()).contains(QuadClass.VERBAL_COOPERATION);
            });
    assertThat(r.dossier().validate().errors()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"041,MEETING", "044,MEETING", "057,AGREEMENT"})
  void theOtherSymmetricCodesMergeToo(String code, String kind) {
    Tsv ab = Tsv.row().with("Event ID", "10").with("CAMEO Code", code);
    IcewsImport r = Tsv.read(ab, ab.mirrored("11"));
    assertCounts(r, 2, 1, 1, 0);
    assertThat(r.dossier().events().get(0).kind().name()).isEqualTo(kind);
  }

  @Test
  void mirroredRowsOfAnotherSentenceDateOrStoryAreTwoEvents() {
    Tsv ab = Tsv.row().with("Event ID", "10");
    IcewsImport r =
        Tsv.read(
            ab,
            ab.mirrored("11").with("Sentence Number", "2"),
            ab.mirrored("12").with("Event Date", "2018-06-02"),
            ab.mirrored("13").with("Story ID", "101"));
    assertCounts(r, 4, 4, 0, 0);
  }

  @Test
  void mirroredNegotiationsStayTwoCodedEvents() {
    Tsv ab =
        Tsv.row()
            .with("Event ID", "10")
            .with("CAMEO Code", "046")
            .with("Event Text", "Engage in negotiation");
    IcewsImport r = Tsv.read(ab, ab.mirrored("11"));
    assertCounts(r, 2, 2, 0, 0);
    assertThat(r.dossier().events()).allSatisfy(e -> assertThat(e).isInstanceOf(CodedEvent.class));
  }

  @Test
  void eachRowPairsOnceAtMost() {
    Tsv ab = Tsv.row().with("Event ID", "10");
    IcewsImport r =
        Tsv.read(ab, ab.mirrored("11"), ab.mirrored("12"), ab.toString().replace("10\t", "13\t"));
    assertCounts(r, 4, 2, 2, 0);
  }

  // Kinds of event

  @Test
  void theCodesOfTheTableBecomeTypedEventsThatCodeBackToThem() {
    List<String> codes =
        List.of(
            "010", "016", "018", "032", "0331", "0332", "0333", "040", "041", "042", "043", "051",
            "057", "111", "112");
    Tsv[] rows = new Tsv[codes.size()];
    for (int i = 0; i < codes.size(); i++) {
      rows[i] =
          Tsv.row()
              .with("Event ID", String.valueOf(i + 1))
              .with("Sentence Number", String.valueOf(i + 1))
              .with("CAMEO Code", codes.get(i));
    }
    IcewsImport r = Tsv.read((Object[]) rows);
    assertCounts(r, codes.size(), codes.size(), 0, 0);
    for (int i = 0; i < codes.size(); i++) {
      Event e = r.dossier().events().get(i);
      assertThat(e).as(codes.get(i)).isNotInstanceOf(CodedEvent.class);
      assertThat(EventCoding.of(e, r.dossier()).cameo().code())
          .as(codes.get(i))
          .isEqualTo(codes.get(i));
      CameoCode given = CameoCode.of(codes.get(i));
      assertThat(e.datasetCodings())
          .singleElement()
          .satisfies(c -> assertThat(c.cameo()).contains(given));
    }
    List<Event> e = r.dossier().events();
    assertThat(((Statement) e.get(0)).statementKind()).isEmpty();
    assertThat(((Statement) e.get(1)).statementKind()).contains(StatementKind.DENIAL);
    assertThat(((Message) e.get(2)).messageKind()).isEqualTo(MessageKind.CONDOLENCES);
    assertThat(((SupportPledge) e.get(3)).supportKinds()).containsExactly(SupportKind.DIPLOMATIC);
    assertThat(((SupportPledge) e.get(5)).supportKinds()).containsExactly(SupportKind.MILITARY);
    assertThat(((Meeting) e.get(8)).format()).contains(MeetingFormat.PHONE);
    Visit visit = (Visit) e.get(9);
    assertThat(visit.visitors()).containsExactly(Agent.of(Id.of("kim-jong-un")));
    assertThat(visit.host()).contains(Agent.of(Id.of("moon-jae-in")));
    assertThat(((Statement) e.get(11)).statementKind()).contains(StatementKind.PRAISE);
    assertThat(((Agreement) e.get(12)).signatories())
        .containsExactly(Agent.of(Id.of("kim-jong-un")), Agent.of(Id.of("moon-jae-in")));
  }

  @Test
  void anyOtherCodeIsACodedEventWithItsTextAndIntensity() {
    IcewsImport r =
        Tsv.read(
            Tsv.row()
                .with("CAMEO Code", "0841")
                .with("Event Text", "Return, release person(s)")
                .with("Intensity", "7"));
    CodedEvent e = (CodedEvent) r.dossier().events().get(0);
    assertThat(e.cameoCode()).isEqualTo("0841");
    assertThat(e.label()).contains("Return, release person(s)");
    assertThat(e.intensity()).hasValue(7.0);
    assertThat(e.datasetCodings())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.cameo()).contains(CameoCode.of("0841"));
              assertThat(c.goldstein()).contains(new BigDecimal("7"));
              assertThat(c.quadClass()).contains(QuadClass.MATERIAL_COOPERATION);
            });
    assertThat(e.participants())
        .containsExactly(
            Participant.of(Id.of("kim-jong-un"), Role.SOURCE_ACTOR),
            Participant.of(Id.of("moon-jae-in"), Role.TARGET_ACTOR));
  }

  // Stories and sources

  @Test
  void aStoryIsOneSourceCitedByEachOfItsEventsWithItsSentence() {
    IcewsImport r =
        Tsv.read(
            Tsv.row(),
            Tsv.row().with("Event ID", "2").with("Sentence Number", "4").with("CAMEO Code", "190"));
    assertThat(r.dossier().sources()).hasSize(1);
    assertThat(r.dossier().events().get(1).citations())
        .containsExactly(
            Citation.builder().source(Id.of("icews-story-100")).locator("sentence 4").build());
  }

  @Test
  void aStoryWithoutPublisherHasNoSourceAndTheEventKeepsItsId() {
    IcewsImport r = Tsv.read(Tsv.row().with("Publisher", "NA"));
    assertCounts(r, 1, 1, 0, 0);
    assertThat(codes(r.warnings())).containsExactly("icews.publisher.missing");
    assertThat(r.dossier().sources()).isEmpty();
    Event e = r.dossier().events().get(0);
    assertThat(e.citations()).isEmpty();
    assertThat(e.extensions())
        .containsEntry("icews:storyId", ExtensionValue.of("100"))
        .containsEntry("icews:sentence", ExtensionValue.of(1));
  }

  @Test
  void aStoryWhosePublisherIsGivenByAnyRowIsCitedByAllItsRows() {
    IcewsImport r =
        Tsv.read(
            Tsv.row().with("Publisher", "NA"),
            Tsv.row().with("Event ID", "2").with("Sentence Number", "2"));
    assertThat(r.warnings()).isEmpty();
    assertThat(r.dossier().events()).allSatisfy(e -> assertThat(e.citations()).hasSize(1));
  }

  @Test
  void anotherPublisherForAKnownStoryIsReported() {
    IcewsImport r =
        Tsv.read(
            Tsv.row(),
            Tsv.row().with("Event ID", "2").with("Sentence Number", "2").with("Publisher", "KCNA"));
    assertThat(codes(r.warnings())).containsExactly("icews.story.publisherConflict");
    assertThat(r.dossier().sources()).hasSize(1);
  }

  @Test
  void aRowWithoutStoryCitesNoSource() {
    IcewsImport r = Tsv.read(Tsv.row().with("Story ID", "NA"));
    assertCounts(r, 1, 1, 0, 0);
    assertThat(codes(r.warnings())).containsExactly("icews.story.missing");
    assertThat(r.dossier().events().get(0).citations()).isEmpty();
  }

  // Rows that are not imported

  @Test
  void malformedRowsAreRejectedWithTheirLineNumberAndReason() {
    IcewsImport r =
        Tsv.read(
            Tsv.row().with("Event ID", "1"),
            Tsv.row().with("Event ID", "2") + "\textra",
            Tsv.row().with("Event ID", "3").with("Event Date", "2018-06-31"),
            Tsv.row().with("Event ID", "4").with("Intensity", "high"),
            Tsv.row().with("Event ID", "5").with("CAMEO Code", "42"),
            Tsv.row().with("Event ID", "6").with("CAMEO Code", "0999"),
            Tsv.row().with("Event ID", "7").with("Intensity", "11"),
            Tsv.row().with("Event ID", "8").with("Latitude", "north"),
            Tsv.row().with("Event ID", "9").with("Latitude", "91"),
            Tsv.row().with("Event ID", "10").with("Sentence Number", "two"),
            Tsv.row().with("Event ID", "11").with("Story ID", "story 1"),
            Tsv.row().with("Event ID", "NA"),
            Tsv.row().with("Event ID", "1"),
            Tsv.row()
                .with("Event ID", "14")
                .with("Source Name", "Unspecified Actor")
                .with("Target Name", "NA"));
    assertCounts(r, 14, 1, 0, 13);
    assertThat(r.rejections())
        .extracting(p -> p.line() + " " + p.code())
        .containsExactly(
            "3 icews.row.columns",
            "4 icews.date.invalid",
            "5 icews.intensity.invalid",
            "6 icews.cameoCode.unknown",
            "7 icews.cameoCode.unknown",
            "8 icews.intensity.invalid",
            "9 icews.coordinates.invalid",
            "10 icews.coordinates.invalid",
            "11 icews.sentence.invalid",
            "12 icews.storyId.invalid",
            "13 icews.eventId.invalid",
            "14 icews.eventId.duplicate",
            "15 icews.actors.missing");
    assertThat(r.rejections().get(0).reason())
        .isEqualTo("expected 20 tab-separated columns, as in the header, but found 21");
    assertThat(r.rejections().get(1).reason()).contains("'2018-06-31'");
    assertThat(r.rejections().get(2).reason()).contains("'high'");
    assertThat(r.rejections().get(3).reason()).contains("'42'");
    assertThat(r.rejections().get(11).reason()).contains("line 2");
    assertThat(r.rejections()).allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void aPlaceNamedOnlyInSpaceOrFormatCharactersIsRejectedNotThrown() {
    IcewsImport r =
        Tsv.read(
            Tsv.row().with("Event ID", "1").with("City", "NA").with("Country", "\u00A0"),
            Tsv.row().with("Event ID", "2").with("Province", "\uFEFF"),
            Tsv.row().with("Event ID", "3"));
    assertCounts(r, 3, 1, 0, 2);
    assertThat(r.rejections())
        .extracting(p -> p.line() + " " + p.code())
        .containsExactly("2 icews.place.invalid", "3 icews.place.invalid");
    assertThat(r.rejections().get(0).reason()).contains("place.name.blank");
  }

  @Test
  void aNameWithALineBreakIsRejected() {
    IcewsImport r =
        Tsv.read(
            Tsv.row().with("Source Name", "Kim\u2028Jong-Un"),
            Tsv.row().with("Event ID", "2").with("Publisher", "Yonhap\u0085"));
    assertCounts(r, 2, 0, 0, 2);
    assertThat(r.rejections())
        .extracting(p -> p.line() + " " + p.code())
        .containsExactly("2 icews.name.invalid", "3 icews.name.invalid");
  }

  @Test
  void everyBrokenRuleOfARowIsReported() {
    IcewsImport r =
        Tsv.read(
            Tsv.row()
                .with("Event Date", "June 1")
                .with("Intensity", "x")
                .with("CAMEO Code", "042a"));
    assertCounts(r, 1, 0, 0, 1);
    assertThat(codes(r.rejections()))
        .containsExactly(
            "icews.date.invalid", "icews.cameoCode.unknown", "icews.intensity.invalid");
  }

  @Test
  void blankLinesAreReportedAndAreNoRows() {
    IcewsImport r = Tsv.read(Tsv.header() + "\n" + Tsv.row() + "\n\n   \n");
    assertCounts(r, 1, 1, 0, 0);
    assertThat(r.warnings())
        .extracting(p -> p.line() + " " + p.code())
        .containsExactly("3 icews.line.blank", "4 icews.line.blank");
  }

  @Test
  void aHeaderWithoutAColumnRejectsEveryRowInOneProblem() {
    String header = Tsv.header().replace("CAMEO Code", "Code");
    IcewsImport r =
        Tsv.read(header + "\n" + Tsv.row() + "\n\n" + Tsv.row().with("Event ID", "2") + "\n");
    assertCounts(r, 2, 0, 0, 2);
    assertThat(r.problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "line 1: ERROR icews.header.columns: the header lacks the columns [CAMEO Code], so none"
                + " of the 2 rows after it is read");
  }

  @Test
  void aFileOfOtherDataIsSaidNotToBeIcewsOnce() {
    String gdeltLike = "870347520\t20181024\t201810\t2018\t2018.8027\tUSA\tUNITED STATES\n";
    IcewsImport r = Tsv.read(gdeltLike.repeat(2_111));
    assertCounts(r, 2_110, 0, 0, 2_110);
    assertThat(r.problems()).hasSize(1);
    assertThat(r.problems().get(0).reason())
        .startsWith(
            "the first line is not the header of ICEWS event data: it names none of the columns"
                + " [Event ID, Event Date,")
        .endsWith("so none of the 2,110 rows after it is read");
  }

  @Test
  void aNameWithAControlCharacterIsRejected() {
    IcewsImport r =
        Tsv.read(
            Tsv.row().with("Source Name", "Kim\u0000Jong-Un"),
            Tsv.row().with("Event ID", "2").with("Target Name", "Moon\u0001Jae-in"),
            Tsv.row().with("Event ID", "3").with("Publisher", "Yonhap\u007f"),
            Tsv.row().with("Event ID", "4"));
    assertCounts(r, 4, 1, 0, 3);
    assertThat(r.rejections())
        .extracting(p -> p.line() + " " + p.code())
        .containsExactly("2 icews.name.invalid", "3 icews.name.invalid", "4 icews.name.invalid");
    assertThat(r.rejections().get(0).reason())
        .isEqualTo("the Source Name 'Kim\u0000Jong-Un' has the control character U+0000 in it");
    assertThat(r.rejections().get(2).reason()).contains("U+007F");
    assertThat(r.dossier().actors())
        .allSatisfy(a -> assertThat(a.name().text().chars()).noneMatch(Character::isISOControl));
  }

  /**
   * A name of "a (" 100,000 times (300 KB) took 463 s to import on a busy two-core machine, as a
   * regular expression backtracked on it; 30,000 times (90 KB), 22 s. Now ten times the longer one
   * is read in seconds.
   */
  @Test
  void aHostileLongNameIsImportedInLinearTime() {
    String name = "a (".repeat(1_000_000);
    IcewsImport r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> Tsv.read(Tsv.row().with("Source Name", name)));
    assertCounts(r, 1, 1, 0, 0);
    assertThat(actorNamed(r.dossier(), name)).isInstanceOf(Organization.class);
  }

  @Test
  void emptyInputIsReported() {
    IcewsImport r = Tsv.read("");
    assertCounts(r, 0, 0, 0, 0);
    assertThat(codes(r.problems())).containsExactly("icews.header.missing");
  }

  @Test
  void bytesThatAreNotUtf8AreReportedAndTheRowKept(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("events.tab");
    byte[] row =
        Tsv.file(Tsv.row().with("City", "Caf\u00e9")).getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, row);
    IcewsImport r = IcewsImporter.read(file);
    assertCounts(r, 1, 1, 0, 0);
    assertThat(codes(r.warnings())).containsExactly("icews.encoding");
  }

  @Test
  void describesItsCounts() {
    Tsv ab = Tsv.row().with("Event ID", "10");
    IcewsImport r =
        Tsv.read(
            ab,
            ab.mirrored("11"),
            Tsv.row().with("Event ID", "x y"),
            Tsv.row().with("Event ID", "12").with("Source Country", "Atlantis"));
    assertThat(r).hasToString("4 rows: 2 imported, 1 merged, 1 rejected; 1 warnings");
    assertThat(r.problems())
        .extracting(ImportProblem::toString)
        .containsExactly(
            "line 4: ERROR icews.eventId.invalid: the Event ID 'x y' is not an id: letters, digits, '.', '_' or '-', at most 101 characters",
            "line 5: WARNING icews.country.unknown: the Source Country 'Atlantis' names no known country; it is left out");
  }

  @Test
  void theDossierOfHandMadeRowsValidates() {
    Tsv ab = Tsv.row().with("Event ID", "10");
    IcewsImport r =
        Tsv.read(
            ab,
            ab.mirrored("11"),
            Tsv.row().with("Event ID", "12").with("CAMEO Code", "042"),
            Tsv.row().with("Event ID", "13").with("Publisher", "Kim Jong-Un"));
    assertThat(r.dossier().validate().errors()).isEmpty();
    assertThat(Optional.of(actorNamed(r.dossier(), "Kim Jong-Un")))
        .get()
        .isInstanceOf(Person.class);
  }
}
