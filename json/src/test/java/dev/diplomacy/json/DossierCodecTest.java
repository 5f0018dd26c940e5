package dev.diplomacy.json;

import static dev.diplomacy.json.CodecHarness.at;
import static dev.diplomacy.json.CodecHarness.pointersAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.codes.DatasetCoding;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.json.format.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DossierCodecTest {

  private static final DiplomacyJson JSON = DiplomacyJson.strict();
  private static final DiplomacyJson LENIENT = DiplomacyJson.lenient();

  static final Dossier DOSSIER =
      Dossier.builder()
          .title("Kim Jong-Un Exchanges 'Wholehearted Greetings' with Cuba's Raul Castro")
          .addActors(ActorCodecTest.PERSON, ActorCodecTest.STATE)
          .addEvents(EventCodecTest.MEETING, EventCodecTest.MESSAGE)
          .addRelationship(RelationshipCodecTest.RELATIONSHIP)
          .addSource(SourceCodecTest.SOURCE)
          .putExtension("acme:extractor", ExtensionValue.of("v2"))
          .build();

  @Test
  void matchesItsGoldenFile() {
    Golden.check("dossier.json", DOSSIER, Dossier.class);
  }

  @Test
  void writesTheFormatVersionFirst() {
    assertThat(JSON.write(Dossier.builder().build())).isEqualTo("{\"formatVersion\":\"1.1\"}");
    assertThat(CodecHarness.tree(JSON.write(DOSSIER)).propertyNames())
        .containsExactly(
            "formatVersion",
            "title",
            "actors",
            "events",
            "relationships",
            "sources",
            "acme:extractor");
  }

  @Test
  void readsADocumentOfVersion1_0AsItWasInBothModes() {
    // 1.1 only adds optional properties: every document of 1.0 is one of 1.1, and keeps its
    // version.
    String json =
        "{\"formatVersion\":\"1.0\",\"events\":[{\"type\":\"coded\",\"id\":\"icews-1\","
            + "\"place\":{\"name\":\"Osaka, Osaka-shi, Osaka-fu, Japan\",\"country\":\"JP\"},"
            + "\"certainty\":\"reported\",\"participants\":[{\"actor\":\"japan\",\"role\":\"source_actor\"}],"
            + "\"cameoCode\":\"014\",\"intensity\":0.0,\"icews:cameoCode\":\"014\"}]}";
    for (DiplomacyJson mode : List.of(JSON, LENIENT)) {
      Dossier read = mode.read(json, Dossier.class);
      assertThat(read.formatVersion()).isEqualTo("1.0");
      assertThat(read.events().get(0).datasetCodings()).isEmpty();
      assertThat(read.events().get(0).place().get().admin1()).isEmpty();
      assertThat(CodecHarness.sameJson(mode.write(read), json)).isTrue();
    }
  }

  @Test
  void theActorsOfADatasetCodingAreFoundAtTheirPointers() {
    Dossier d =
        DOSSIER.withEvents(
            EventCodecTest.MEETING,
            EventCodecTest.MESSAGE.withDatasetCodings(
                DatasetCoding.builder()
                    .dataset("icews")
                    .cameo(CameoCode.of("018"))
                    .addSource(Id.of("raul-castro"))
                    .addTarget(Id.of("nobody"))
                    .build()));
    assertThat(d.validate().errors())
        .filteredOn(f -> f.path().startsWith("events[1].datasetCodings"))
        .extracting(f -> DiplomacyJson.pointerOf(f.path()), Finding::code)
        .containsExactly(
            at("/events/1/datasetCodings/0/targets/0", "dossier.reference.unresolved"));
  }

  @Test
  void requiresAFormatVersion() {
    assertThat(pointersAndCodes(() -> JSON.read("{\"title\":\"x\"}", Dossier.class)))
        .containsExactly(at("", "json.required"));
    assertThat(pointersAndCodes(() -> JSON.read("{\"formatVersion\":\"one\"}", Dossier.class)))
        .containsExactly(at("/formatVersion", "dossier.formatVersion.format"));
  }

  @Test
  void refusesAnotherMajorVersionAloneAndAtOnceInBothModes() {
    String json =
        "{\"formatVersion\":\"2.0\",\"events\":[{\"kind\":\"meeting\"}],\"newTopLevel\":1}";
    for (DiplomacyJson mode : List.of(JSON, LENIENT)) {
      List<Problem> problems = CodecHarness.problems(() -> mode.read(json, Dossier.class));
      assertThat(problems)
          .extracting(Problem::pointer, Problem::code)
          .containsExactly(at("/formatVersion", "json.formatVersion"));
      assertThat(problems.get(0).message()).contains("2.0", "version 1");
    }
  }

  @Test
  void readsALaterMinorVersionKeepingItsNewPropertiesOnlyInLenientMode() {
    String json =
        "{\"formatVersion\":\"1.3\",\"summary\":\"new in 1.3\",\"sources\":[{\"id\":\"s\",\"title\":\"t\",\"rating\":5}]}";
    assertThat(pointersAndCodes(() -> JSON.read(json, Dossier.class)))
        .containsExactly(
            at("/summary", "json.unknownProperty"),
            at("/sources/0/rating", "json.unknownProperty"));
    Dossier read = LENIENT.read(json, Dossier.class);
    assertThat(read.formatVersion()).isEqualTo("1.3");
    assertThat(read.extensions()).isEqualTo(Map.of("summary", ExtensionValue.of("new in 1.3")));
    assertThat(CodecHarness.sameJson(LENIENT.write(read), json)).isTrue();
  }

  @Test
  void reportsEveryBrokenValueOfTheDocumentAtItsPointerInOneException() {
    String json =
        "{\"formatVersion\":\"1.0\",\n"
            + "\"actors\":[{\"type\":\"state\",\"id\":\"cuba\",\"name\":{\"text\":\"Cuba\"},\"country\":\"XX\"},\n"
            + "  {\"type\":\"person\",\"id\":\"kim\",\"name\":{\"text\":\"Kim\",\"language\":\"??\"}}],\n"
            + "\"events\":[{\"type\":\"visit\",\"id\":\"v\",\"certainty\":\"reported\",\"visitors\":[\"kim\"]},\n"
            + "  {\"type\":\"meeting\",\"id\":\"m\",\"certainty\":\"sure\",\"participants\":[{\"actor\":\"kim\",\"role\":\"host\"},{\"actor\":\"-\",\"role\":\"guest\"}]},\n"
            + "  {\"certainty\":\"reported\",\"id\":\"s\",\"type\":\"support_pledge\",\"pledger\":\"kim\",\"beneficiary\":\"kim\",\"supportKinds\":[\"political\"]},\n"
            + "  {\"type\":\"meeting\",\"id\":\"m2\",\"certainty\":\"reported\",\"place\":{\"coordinates\":{\"latitude\":91,\"longitude\":0}},"
            + "\"participants\":[{\"actor\":\"a\",\"role\":\"host\"},{\"actor\":\"b\",\"role\":\"envoy\",\"capacity\":\"\"}]},\n"
            + "  {\"type\":\"meeting\",\"id\":\"m3\",\"certainty\":\"reported\",\"participants\":[{\"actor\":\"a\",\"role\":\"host\"},{\"actor\":\"b\",\"role\":\"envoy\"}]}],\n"
            + "\"relationships\":[{\"id\":\"r\",\"parties\":[\"a\",\"b\"],\"relationshipKind\":\"alliance\",\"certainty\":\"reported\",\"span\":{\"start\":\"2018-02-30\"}}],\n"
            + "\"sources\":[{\"id\":\"s\",\"url\":\"mailto:kim@kcna.kp\"}]}";
    List<Problem> problems = CodecHarness.problems(() -> JSON.read(json, Dossier.class));
    assertThat(problems)
        .extracting(Problem::pointer, Problem::code)
        .containsExactly(
            at("/actors/0/country", "country.unknown"),
            at("/actors/1/name/language", "name.language.invalid"),
            at("/events/0", "visit.destination.missing"),
            at("/events/1/certainty", "json.format"),
            at("/events/1/participants/1/actor", "id.format"),
            at("/events/2/beneficiary", "supportPledge.beneficiary.pledger"),
            at("/events/3/place/coordinates/latitude", "coordinates.latitude.range"),
            at("/events/3/participants/1/capacity", "participant.capacity.blank"),
            at("/events/4/participants/1/role", "meeting.participants.role"),
            at("/relationships/0/span/start", "partialDate.invalid"),
            at("/sources/0/url", "source.url.scheme"));
    assertThat(problems.get(2).line()).hasValue(4);
    assertThat(problems.get(5).line()).hasValue(6);
  }
}
