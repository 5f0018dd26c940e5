package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.OutputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.diplomacy.core.actors.ActorKind;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.codes.PloverCategory;
import dev.diplomacy.core.codes.QuadClass;
import dev.diplomacy.core.events.AgreementKind;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.events.LinkKind;
import dev.diplomacy.core.events.Medium;
import dev.diplomacy.core.events.MeetingFormat;
import dev.diplomacy.core.events.MessageKind;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.events.StatementKind;
import dev.diplomacy.core.events.SupportKind;
import dev.diplomacy.core.events.TransferTerms;
import dev.diplomacy.core.events.VisitKind;
import dev.diplomacy.core.relations.RelationshipKind;
import dev.diplomacy.core.sources.Certainty;
import dev.diplomacy.core.sources.SourceKind;
import dev.diplomacy.json.BadCorpus.BadDocument;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.internal.TextCodecs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published schema and the reader agree: what the reader rejects for its shape, the schema
 * rejects too; what the library writes, the schema accepts.
 */
class SchemaAgreementTest {

  static final String ID = "https://diplomacy.dev/schema/1/diplomacy.schema.json";
  static final String RESOURCE = "dev/diplomacy/json/schema/diplomacy-1.schema.json";

  static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b -> b.schemaIdResolvers(r -> r.mapPrefix(ID, "classpath:" + RESOURCE)));

  /** The dossier: the schema's root. */
  static final Schema DOSSIER = REGISTRY.getSchema(SchemaLocation.of(ID));

  /** A single event. */
  static final Schema EVENT = REGISTRY.getSchema(SchemaLocation.of(ID + "#event"));

  /** One line of an NDJSON file. */
  static final Schema NDJSON_LINE = REGISTRY.getSchema(SchemaLocation.of(ID + "#ndjson-line"));

  /**
   * The codes of problems of shape: a schema can say each of them, so a document the reader refuses
   * with one of them, the schema refuses too.
   */
  static final Set<String> SHAPE =
      Set.of(
          "json.type",
          "json.required",
          "json.unknownProperty",
          "json.unknownType",
          "json.empty",
          "json.format",
          "json.duplicateItem",
          "json.formatVersion");

  /**
   * A lone surrogate is refused by the reader ({@code text.unicode}, {@code json.format} in an
   * extension), but JSON Schema sees strings as sequences of code units or code points, not as text
   * that must be valid Unicode.
   */
  static final String BEYOND_SCHEMA_PREFIX = "lone-surrogate";

  /** Reads documents as JSON trees, numbers exactly, so that the validator sees them as written. */
  private static final JsonMapper TREES =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  static Stream<BadDocument> judged() {
    return BadCorpus.all().stream().filter(d -> !d.schema().equals("skip"));
  }

  @Test
  void everyProblemOfShapeIsOneTheSchemaRejects() {
    for (BadDocument d : BadCorpus.all()) {
      if (SHAPE.contains(d.code())
          && !d.file().replace("ndjson-", "").startsWith(BEYOND_SCHEMA_PREFIX)) {
        assertThat(d.schema())
            .as("%s is refused for its shape (%s): the schema must reject it", d, d.code())
            .isEqualTo("reject");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("judged")
  void schemaJudgesTheBadDocumentAsTheIndexSays(BadDocument bad) {
    Schema schema;
    String json;
    String text = new String(bad.bytes(), StandardCharsets.UTF_8);
    switch (bad.reader()) {
      case "dossier":
        schema = DOSSIER;
        json = text;
        break;
      case "event":
        schema = EVENT;
        json = text;
        break;
      default:
        schema = NDJSON_LINE;
        json = text.split("\n", -1)[bad.line().getAsInt() - 1].replaceFirst("\r$", "");
    }
    JsonNode node = TREES.readTree(json);
    boolean valid = schema.validate(node, OutputFormat.BOOLEAN);
    if (bad.schema().equals("reject")) {
      assertThat(valid)
          .as(
              "the schema accepts %s, which the reader refuses with %s at %s",
              bad, bad.code(), bad.pointer())
          .isFalse();
    } else {
      assertThat(schema.validate(node))
          .as("%s breaks a rule beyond the schema (%s) and nothing else", bad, bad.code())
          .isEmpty();
    }
  }

  /**
   * The golden files of the json module, and the reference article's dossier of the examples
   * module.
   */
  static Stream<Path> goldenFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> golden = Files.list(Paths.get("src/test/resources/golden"))) {
      golden.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    files.add(Paths.get("../examples/src/test/resources/golden/reference-article.json"));
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void goldenFilesAreValidWhereStrictReadingReadsThem(Path file) throws IOException {
    String json = Files.readString(file, StandardCharsets.UTF_8);
    JsonNode node = TREES.readTree(json);
    String definition = definitionOf(node);
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(ID + definition));
    if (definition.equals("#event") && !EVENT_TYPES.contains(node.get("type").asString())) {
      // An event of a kind this version does not know: lenient reading keeps it, strict reading and
      // the schema refuse it.
      assertThat(schema.validate(node, OutputFormat.BOOLEAN))
          .as("%s, an opaque event", file)
          .isFalse();
      assertThat(
              org.assertj.core.api.Assertions.catchThrowable(() -> STRICT.read(json, Event.class)))
          .isInstanceOf(DiplomacyJsonException.class);
      return;
    }
    assertThat(schema.validate(node)).as("%s against %s", file, definition).isEmpty();
  }

  /** The definition a golden file is an instance of, by its content. */
  private static String definitionOf(JsonNode node) {
    if (node.has("formatVersion")) {
      return "";
    }
    if (node.has("type")) {
      return ACTOR_TYPES.contains(node.get("type").asString()) ? "#/$defs/actor" : "#event";
    }
    if (node.has("relationshipKind")) {
      return "#/$defs/relationship";
    }
    return node.has("id") ? "#/$defs/source" : "#/$defs/place";
  }

  private static final DiplomacyJson STRICT = DiplomacyJson.strict();

  @Test
  void generatedDossiersAreValid() {
    qt().withExamples(300)
        .forAll(ModelGenerators.namespaced().dossiers(false))
        .checkAssert(
            d ->
                assertThat(DOSSIER.validate(TREES.readTree(STRICT.write(d))))
                    .as(STRICT.write(d))
                    .isEmpty());
  }

  @Test
  void generatedEventsAreValidAloneAndAsNdjsonLines() {
    qt().withExamples(1_000)
        .forAll(ModelGenerators.namespaced().events(false))
        .checkAssert(
            e -> {
              String json = STRICT.write(e);
              assertThat(EVENT.validate(TREES.readTree(json))).as(json).isEmpty();
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              try (NdjsonWriter<Event> w = NdjsonWriter.of(STRICT, Event.class, out)) {
                w.write(e);
              }
              String line = out.toString(StandardCharsets.UTF_8);
              assertThat(line).endsWith("\n").doesNotContain("\r");
              assertThat(NDJSON_LINE.validate(TREES.readTree(line.substring(0, line.length() - 1))))
                  .as(line)
                  .isEmpty();
            });
  }

  @Test
  void generatedDossiersAreValidLineByLineAsNdjson() {
    qt().withExamples(300)
        .forAll(ModelGenerators.namespaced().dossiers(false))
        .checkAssert(
            d -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              NdjsonWriter.writeDossier(STRICT, d, out);
              for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
                assertThat(NDJSON_LINE.validate(TREES.readTree(line))).as(line).isEmpty();
              }
            });
  }

  @Test
  void aLineOfADossiersNdjsonIsValidWhereTheReaderReadsIt() {
    String source = "{\"id\":\"kcna\",\"publisher\":\"kcna\"}";
    String sourceLine = "{\"type\":\"source\",\"id\":\"kcna\",\"publisher\":\"kcna\"}";
    String header = "{\"type\":\"dossier\",\"formatVersion\":\"1.0\",\"title\":\"t\"}";
    Schema sourceSchema = REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/source"));
    assertThat(NDJSON_LINE.validate(TREES.readTree(sourceLine))).isEmpty();
    assertThat(NDJSON_LINE.validate(TREES.readTree(header))).isEmpty();
    assertThat(sourceSchema.validate(TREES.readTree(source))).isEmpty();
    // The reader refuses each of these; so does the schema.
    for (String refused :
        List.of(
            source,
            "{\"type\":\"dossier\",\"title\":\"t\"}",
            "{\"type\":\"dossier\",\"formatVersion\":\"1.0\",\"events\":[]}",
            "{\"type\":\"source\",\"id\":\"not an id\",\"publisher\":\"kcna\"}",
            "{\"type\":\"relationship\",\"id\":\"r\",\"parties\":[\"a\",\"b\"],"
                + "\"relationshipKind\":\"alliance\"}",
            "{\"type\":\"sources\",\"id\":\"kcna\",\"publisher\":\"kcna\"}")) {
      assertThat(NDJSON_LINE.validate(TREES.readTree(refused), OutputFormat.BOOLEAN))
          .as(refused)
          .isFalse();
      assertThat(
              org.assertj.core.api.Assertions.catchThrowable(
                  () ->
                      NdjsonDossierReader.of(
                              STRICT,
                              new java.io.ByteArrayInputStream(
                                  refused.getBytes(StandardCharsets.UTF_8)))
                          .toDossier()))
          .as(refused)
          .isInstanceOf(DiplomacyJsonException.class);
    }
    assertThat(sourceSchema.validate(TREES.readTree(sourceLine), OutputFormat.BOOLEAN)).isFalse();
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> STRICT.read(sourceLine, dev.diplomacy.core.sources.Source.class)))
        .isInstanceOf(DiplomacyJsonException.class);
  }

  private static final Set<String> EVENT_TYPES =
      Arrays.stream(EventKind.values())
          .filter(k -> k != EventKind.OPAQUE)
          .map(TextCodecs::enumName)
          .collect(Collectors.toSet());
  private static final Set<String> ACTOR_TYPES =
      Arrays.stream(ActorKind.values()).map(TextCodecs::enumName).collect(Collectors.toSet());

  @Test
  void namesTheTypesAndEnumValuesOfTheModel() {
    assertThat(strings(definition("event").get("properties").get("type").get("enum")))
        .containsExactlyInAnyOrderElementsOf(EVENT_TYPES);
    assertThat(strings(definition("actor").get("properties").get("type").get("enum")))
        .containsExactlyInAnyOrderElementsOf(ACTOR_TYPES);
    assertThat(strings(definition("ndjsonLine").get("properties").get("type").get("enum")))
        .containsExactlyInAnyOrderElementsOf(
            Stream.of(EVENT_TYPES, ACTOR_TYPES, Set.of("source", "relationship", "dossier"))
                .flatMap(Set::stream)
                .collect(Collectors.toList()));
    Map<String, Class<? extends Enum<?>>> enums = new LinkedHashMap<>();
    enums.put("certainty", Certainty.class);
    enums.put("role", Role.class);
    enums.put("linkKind", LinkKind.class);
    enums.put("organizationKind", OrganizationKind.class);
    enums.put("meetingFormat", MeetingFormat.class);
    enums.put("messageKind", MessageKind.class);
    enums.put("medium", Medium.class);
    enums.put("disclosure", dev.diplomacy.core.events.Disclosure.class);
    enums.put("occasion", dev.diplomacy.core.events.Occasion.class);
    enums.put("areaKind", dev.diplomacy.core.geography.AreaKind.class);
    enums.put("supportKind", SupportKind.class);
    enums.put("visitKind", VisitKind.class);
    enums.put("statementKind", StatementKind.class);
    enums.put("transferTerms", TransferTerms.class);
    enums.put("agreementKind", AgreementKind.class);
    enums.put("relationshipKind", RelationshipKind.class);
    enums.put("sourceKind", SourceKind.class);
    enums.put("quadClass", QuadClass.class);
    enums.put("ploverCategory", PloverCategory.class);
    enums.forEach(
        (name, type) ->
            assertThat(strings(definition(name).get("enum")))
                .as(name)
                .containsExactlyElementsOf(
                    Arrays.stream(type.getEnumConstants())
                        .map(TextCodecs::enumName)
                        .collect(Collectors.toList())));
  }

  @Test
  void describesEveryDefinitionAndProperty() {
    JsonNode defs = schemaDocument().get("$defs");
    assertThat(schemaDocument().get("description").asString())
        .contains("lowerCamelCase", "lower snake case", "support_pledge", "organization");
    for (String name : defs.propertyNames()) {
      JsonNode def = defs.get(name);
      assertThat(def.has("description")).as("the definition %s has a description", name).isTrue();
      JsonNode properties = def.get("properties");
      if (properties != null) {
        for (String property : properties.propertyNames()) {
          assertThat(properties.get(property).has("description"))
              .as("%s.%s has a description", name, property)
              .isTrue();
        }
      }
    }
  }

  @Test
  void entryPointsAreTheRootAndAnchors() {
    assertThat(schemaDocument().get("$ref").asString()).isEqualTo("#/$defs/dossier");
    assertThat(definition("dossier").get("$dynamicAnchor").asString()).isEqualTo("dossier");
    assertThat(definition("event").get("$dynamicAnchor").asString()).isEqualTo("event");
    assertThat(definition("ndjsonLine").get("$dynamicAnchor").asString()).isEqualTo("ndjson-line");
    String minimal = "{\"formatVersion\": \"1.0\"}";
    assertThat(DOSSIER.validate(TREES.readTree(minimal))).isEmpty();
    assertThat(
            REGISTRY
                .getSchema(SchemaLocation.of(ID + "#dossier"))
                .validate(TREES.readTree(minimal)))
        .isEmpty();
    assertThat(EVENT.validate(TREES.readTree(minimal), OutputFormat.BOOLEAN)).isFalse();
  }

  private static JsonNode schemaDocument() {
    return TREES.readTree(new String(BadCorpus.resource(RESOURCE), StandardCharsets.UTF_8));
  }

  private static JsonNode definition(String name) {
    return schemaDocument().get("$defs").get(name);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }
}
