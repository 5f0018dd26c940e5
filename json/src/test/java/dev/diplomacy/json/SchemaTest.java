package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.geography.Coordinates;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.internal.TextCodecs;
import java.io.InputStream;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The published schema accepts what the binding writes, and refuses what it refuses for shape. */
class SchemaTest {

  static final String ID = "https://diplomacy.dev/schema/1/diplomacy.schema.json";
  static final String RESOURCE = "dev/diplomacy/json/schema/diplomacy-1.schema.json";

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b -> b.schemaIdResolvers(r -> r.mapPrefix(ID, "classpath:" + RESOURCE)));

  private static final DiplomacyJson JSON = DiplomacyJson.strict();

  static List<Error> errors(String def, String json) {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/" + def));
    return schema.validate(json, InputFormat.JSON);
  }

  private static void valid(String def, Object value) {
    String json = JSON.write(value);
    assertThat(errors(def, json)).as(def + " " + json).isEmpty();
  }

  @Test
  void isShippedAtItsResourcePathWithItsId() throws Exception {
    try (InputStream in = DiplomacyJson.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      assertThat(in).isNotNull();
      JsonNode schema =
          CodecHarness.tree(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      assertThat(schema.get("$id").asString()).isEqualTo(ID);
      assertThat(schema.get("$schema").asString())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }
  }

  @Test
  void isAValidDraft202012Schema() throws Exception {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    try (InputStream in = DiplomacyJson.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      assertThat(
              meta.validate(
                  new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                  InputFormat.JSON))
          .isEmpty();
    }
  }

  @Test
  void acceptsWhatTheBindingWrites() {
    valid("partialDate", PartialDate.parse("1986"));
    valid("partialDate", PartialDate.parse("2018-07-05"));
    valid("id", Id.of("kim-jong-un"));
    valid("externalId", ExternalId.wikidata("Q56226"));
    valid("externalId", ExternalId.of("icews", "Kim Jong-Un"));
    valid("coordinates", Coordinates.of(-90, 180));
    valid("dateSpan", DateSpan.parse("1960/.."));
    valid("dateSpan", DateSpan.parse("2016-11-26/2016-11-28"));
    valid("when", When.on("2018"));
    valid(
        "when",
        When.builder()
            .date(PartialDate.parse("2018-07-05"))
            .time(LocalTime.of(10, 30))
            .offset(ZoneOffset.ofHours(9))
            .build());
    valid(
        "when",
        When.builder()
            .date(PartialDate.parse("2018-07-05"))
            .time(LocalTime.of(0, 0, 1, 500_000))
            .offset(ZoneOffset.UTC)
            .build());
    valid(
        "when",
        When.builder()
            .date(PartialDate.parse("2018-07-05"))
            .time(LocalTime.of(23, 59, 59, 1))
            .offset(ZoneOffset.ofHoursMinutesSeconds(-18, 0, 0))
            .build());
    valid("place", Place.builder().name("the Cuban embassy").build());
    valid(
        "place",
        Place.builder()
            .country(Country.of("KP"))
            .locality("Pyongyang")
            .venue("Kumsusan Palace of the Sun")
            .coordinates(Coordinates.of(39.06, 125.79))
            .geonamesId(Long.MAX_VALUE)
            .build());
  }

  @Test
  void listsExactlyTheCodesTheBindingWritesForCountries() {
    Set<String> written = new HashSet<>();
    for (Country c : Country.all()) {
      valid("country", c);
      written.add(TextCodecs.countryCode(c));
    }
    JsonNode def = REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/country")).getSchemaNode();
    Set<String> listed = new HashSet<>();
    def.get("enum").forEach(n -> listed.add(n.asString()));
    assertThat(listed).isEqualTo(written);
  }

  /** Documents the binding refuses for their shape, by definition. */
  private static final Map<String, List<String>> BAD =
      Map.of(
          "partialDate",
              List.of(
                  "\"2018-7\"",
                  "\"2018-07-5\"",
                  "\"99\"",
                  "\"0000\"",
                  "\"2018-13\"",
                  "\"2018-07-32\"",
                  "2018",
                  "null"),
          "id", List.of("\"\"", "\"-a\"", "\"a b\"", "\"" + "a".repeat(129) + "\"", "7"),
          "externalId",
              List.of(
                  "\"wikidata:56226\"",
                  "\"Wikidata:Q1\"",
                  "\"x:\"",
                  "\"x: \"",
                  "\"x:a\\nb\"",
                  "\"nocolon\""),
          "country", List.of("\"cu\"", "\"CUB\"", "\"192\"", "\"XX\"", "\"CS \"", "\"\""),
          "coordinates",
              List.of(
                  "{}",
                  "{\"latitude\":91,\"longitude\":0}",
                  "{\"latitude\":0,\"longitude\":\"1\"}",
                  "{\"latitude\":0,\"longitude\":0,\"x\":1}",
                  "[0,0]"),
          "dateSpan",
              List.of(
                  "{}",
                  "{\"end\":1961}",
                  "{\"start\":1960}",
                  "{\"start\":\"1960\",\"end\":null}",
                  "{\"start\":\"1960\",\"Acme:x\":1}"),
          "when",
              List.of(
                  "{}",
                  "{\"date\":\"2018-07\",\"time\":\"10:30\"}",
                  "{\"date\":\"2018-07-05\",\"offset\":\"+09:00\"}",
                  "{\"date\":\"2018-07-05\",\"time\":\"10:30:00\"}",
                  "{\"date\":\"2018-07-05\",\"time\":\"24:00\"}",
                  "{\"date\":\"2018-07-05\",\"time\":\"10:30:15.000\"}",
                  "{\"date\":\"2018-07-05\",\"time\":\"10:30:15.5\"}",
                  "{\"date\":\"2018-07-05\",\"time\":\"10:30\",\"offset\":\"Z\"}",
                  "{\"date\":\"2018-07-05\",\"time\":\"10:30\",\"offset\":\"-00:00\"}",
                  "{\"date\":\"2018-07-05\",\"time\":\"10:30\",\"offset\":\"+0900\"}",
                  "{\"date\":\"2018-07-05\",\"time\":\"10:30\",\"offset\":\"+19:00\"}",
                  "{\"date\":\"2018\",\"until\":null}"),
          "place",
              List.of(
                  "{}",
                  "{\"country\":\"cu\"}",
                  "{\"name\":null}",
                  "{\"name\":\"\"}",
                  "{\"name\":\" \"}",
                  "{\"region\":\"x\"}",
                  "{\"country\":\"CU\",\"Acme:x\":1}",
                  "{\"geonamesId\":0,\"country\":\"CU\"}",
                  "{\"geonamesId\":\"1\",\"country\":\"CU\"}",
                  "{\"geonamesId\":1.5,\"country\":\"CU\"}",
                  "{\"coordinates\":{}}",
                  "\"Havana\""));

  private static final Map<String, Class<?>> TYPES =
      Map.of(
          "partialDate",
          PartialDate.class,
          "id",
          Id.class,
          "externalId",
          ExternalId.class,
          "country",
          Country.class,
          "coordinates",
          Coordinates.class,
          "dateSpan",
          DateSpan.class,
          "when",
          When.class,
          "place",
          Place.class);

  @Test
  void refusesWhatTheBindingRefusesForItsShape() {
    BAD.forEach(
        (def, documents) -> {
          for (String json : documents) {
            assertThat(catchThrowable(() -> JSON.read(json, TYPES.get(def))))
                .as("binding, " + def + " " + json)
                .isInstanceOf(DiplomacyJsonException.class);
            assertThat(errors(def, json)).as("schema, " + def + " " + json).isNotEmpty();
          }
        });
  }

  @Test
  void describesExtensionsForTypesThatCarryThem() {
    String schema =
        "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
            + "\"properties\":{\"text\":{\"type\":\"string\"}},\"required\":[\"text\"],"
            + "\"$ref\":\""
            + ID
            + "#/$defs/extensions\",\"unevaluatedProperties\":false}";
    Schema note = REGISTRY.getSchema(schema, InputFormat.JSON);
    String written =
        CodecHarness.write(
            TestCodecs.NOTE,
            TestNote.builder()
                .text("x")
                .putExtension("acme:confidence", dev.diplomacy.core.ExtensionValue.of(1))
                .build());
    assertThat(note.validate(written, InputFormat.JSON)).isEmpty();
    for (String bad :
        List.of(
            "{\"text\":\"x\",\"plain\":1}",
            "{\"text\":\"x\",\"Acme:x\":1}",
            "{\"text\":\"x\",\"acme:\":1}",
            "{\"text\":\"x\",\"acme: \":1}")) {
      assertThat(note.validate(bad, InputFormat.JSON)).as(bad).isNotEmpty();
      assertThat(catchThrowable(() -> CodecHarness.read(TestCodecs.NOTE, bad)))
          .as(bad)
          .isInstanceOf(DiplomacyJsonException.class);
    }
  }
}
