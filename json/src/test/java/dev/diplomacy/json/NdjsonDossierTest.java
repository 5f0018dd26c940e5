package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.events.OpaqueEvent;
import dev.diplomacy.core.relations.Relationship;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.validation.ValidationException;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.ErrorPolicy;
import dev.diplomacy.json.format.internal.TextCodecs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A dossier's NDJSON: every element a line after an optional header, read back equal. */
class NdjsonDossierTest {

  private static final DiplomacyJson STRICT = DiplomacyJson.strict();
  private static final DiplomacyJson LENIENT = DiplomacyJson.lenient();

  private static final String HEADER =
      "{\"type\":\"dossier\",\"formatVersion\":\"1.0\",\"title\":\"Cuba and North Korea\"}";
  private static final String STATE =
      "{\"type\":\"state\",\"id\":\"cuba\",\"name\":{\"text\":\"Cuba\"},\"country\":\"CU\"}";
  private static final String SOURCE =
      "{\"type\":\"source\",\"id\":\"kcna-2018-07-09\",\"publisher\":\"cuba\"}";

  private static String ndjson(DiplomacyJson json, Dossier dossier) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NdjsonWriter.writeDossier(json, dossier, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static NdjsonDossierReader reader(DiplomacyJson json, String text, ErrorPolicy policy) {
    return NdjsonDossierReader.of(
        json, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), policy);
  }

  private static Dossier read(DiplomacyJson json, String text) {
    return reader(json, text, ErrorPolicy.failFast()).toDossier();
  }

  @Test
  void generatedDossiersReadBackEqualFromTheirNdjson() {
    qt().withExamples(500)
        .forAll(ModelGenerators.namespaced().dossiers(false))
        .checkAssert(d -> assertThat(read(STRICT, ndjson(STRICT, d))).isEqualTo(d));
  }

  @Test
  void generatedDossiersWithOpaqueEventsAndPlainNamesReadBackEqualLeniently() {
    qt().withExamples(300)
        .forAll(ModelGenerators.withPlainNames().dossiers(true))
        .checkAssert(d -> assertThat(read(LENIENT, ndjson(LENIENT, d))).isEqualTo(d));
  }

  /** The reference article's dossier, as the examples module's golden file holds it. */
  private static Dossier article() {
    try {
      return STRICT.read(
          Files.readAllBytes(
              Path.of("../examples/src/test/resources/golden/reference-article.json")),
          Dossier.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theReferenceArticleSurvivesNdjsonAndBack() {
    Dossier article = article();
    String text = ndjson(STRICT, article);
    String[] lines = text.split("\n");
    assertThat(lines)
        .hasSize(
            1
                + article.actors().size()
                + article.sources().size()
                + article.relationships().size()
                + article.events().size());
    assertThat(article.title()).isPresent();
    assertThat(lines[0])
        .startsWith(
            "{\"type\":\"dossier\",\"formatVersion\":\"" + Dossier.FORMAT_VERSION + "\",\"title\":")
        .doesNotContain("\"actors\"", "\"events\"");
    assertThat(lines[1 + article.actors().size()]).startsWith("{\"type\":\"source\",");
    assertThat(read(STRICT, text)).isEqualTo(article);
    assertThat(STRICT.write(read(STRICT, text))).isEqualTo(STRICT.write(article));
  }

  @Test
  void writesEachFamilyAfterThoseItRefersTo() {
    Dossier article = article();
    List<String> types = new ArrayList<>();
    for (String line : ndjson(STRICT, article).split("\n")) {
      JsonNode node = CodecHarness.tree(line);
      String type = node.get("type").asString();
      types.add(
          type.equals("dossier") || type.equals("source") || type.equals("relationship")
              ? type
              : List.of("person", "organization", "state").contains(type) ? "actor" : "event");
    }
    assertThat(types.stream().distinct())
        .containsExactly("dossier", "actor", "source", "relationship", "event");
  }

  @Test
  void anNdjsonFileOfEventsIsADossiersNdjsonWithoutHeader() {
    StringBuilder text = new StringBuilder();
    for (int n = 1; n <= 30; n++) {
      text.append(GeneratedNdjson.line(n));
    }
    List<Event> events = new ArrayList<>();
    try (NdjsonReader<Event> reader =
        NdjsonReader.of(
            STRICT,
            Event.class,
            new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)))) {
      reader.forEachRemaining(events::add);
    }
    try (NdjsonDossierReader reader = reader(STRICT, text.toString(), ErrorPolicy.failFast())) {
      assertThat(reader.header()).isEmpty();
      List<DossierElement> elements = new ArrayList<>();
      reader.forEachRemaining(elements::add);
      assertThat(elements).containsExactlyElementsOf(events).hasSize(30);
      assertThat(reader.lineNumber()).isEqualTo(30);
    }
    Dossier dossier = read(STRICT, text.toString());
    assertThat(dossier.events()).containsExactlyElementsOf(events);
    assertThat(dossier.title()).isEmpty();
    assertThat(dossier.formatVersion()).isEqualTo(Dossier.FORMAT_VERSION);
  }

  @Test
  void theHeaderIsTheFirstLineThatIsNotBlankAndTheLineNumbersAreTheFilesOwn() {
    String text = "\n  \n" + HEADER + "\n" + STATE + "\n\n" + SOURCE + "\n";
    try (NdjsonDossierReader reader = reader(STRICT, text, ErrorPolicy.failFast())) {
      assertThat(reader.header().flatMap(Dossier::title)).contains("Cuba and North Korea");
      assertThat(reader.lineNumber()).isZero();
      assertThat(reader.next()).isInstanceOf(Actor.class);
      assertThat(reader.lineNumber()).isEqualTo(4);
      assertThat(reader.next()).isInstanceOf(Source.class);
      assertThat(reader.lineNumber()).isEqualTo(6);
      assertThat(reader.hasNext()).isFalse();
    }
    Dossier dossier = read(STRICT, text);
    assertThat(dossier.title()).contains("Cuba and North Korea");
    assertThat(dossier.actors()).extracting(Actor::id).containsExactly(Id.of("cuba"));
    assertThat(dossier.sources()).extracting(Source::id).containsExactly(Id.of("kcna-2018-07-09"));
  }

  @Test
  void aHeaderAfterAnElementIsABadLineWithItsLineNumber() {
    String text = STATE + "\n" + HEADER + "\n" + SOURCE + "\n";
    assertThatThrownBy(() -> read(STRICT, text))
        .isInstanceOfSatisfying(
            DiplomacyJsonException.class,
            e -> {
              assertThat(e.codes()).containsExactly("ndjson.header.notFirst");
              assertThat(e.problems().get(0).line()).hasValue(2);
              assertThat(e.problems().get(0).pointer()).isEqualTo("/type");
            });
  }

  @Test
  void aHeaderAfterABadLineIsNotFirstEither() {
    List<DiplomacyJsonException> reported = new ArrayList<>();
    String text = "{\"type\":\"state\"}\n" + HEADER + "\n" + STATE + "\n";
    try (NdjsonDossierReader reader =
        reader(STRICT, text, ErrorPolicy.skipAndReport(reported::add))) {
      assertThat(reader.header()).isEmpty();
      assertThat(reader.stream()).hasSize(1);
      assertThat(reader.skippedLines()).isEqualTo(2);
    }
    assertThat(reported)
        .extracting(e -> e.problems().get(0).code() + "@" + e.problems().get(0).line().getAsInt())
        .containsExactly("json.required@1", "ndjson.header.notFirst@2");
  }

  @Test
  void aSecondHeaderIsABadLineAndTheFirstIsKept() {
    List<DiplomacyJsonException> reported = new ArrayList<>();
    String other = HEADER.replace("Cuba and North Korea", "Another");
    String text = HEADER + "\n" + STATE + "\n" + other + "\n" + SOURCE + "\n";
    Dossier dossier = reader(STRICT, text, ErrorPolicy.skipAndReport(reported::add)).toDossier();
    assertThat(dossier.title()).contains("Cuba and North Korea");
    assertThat(dossier.actors()).hasSize(1);
    assertThat(dossier.sources()).hasSize(1);
    assertThat(reported).hasSize(1);
    assertThat(reported.get(0).codes()).containsExactly("ndjson.header.duplicate");
    assertThat(reported.get(0).problems().get(0).line()).hasValue(3);
    assertThat(reported.get(0).problems().get(0).message()).contains("line 1");
    assertThatThrownBy(() -> read(STRICT, HEADER + "\n" + HEADER + "\n"))
        .isInstanceOfSatisfying(
            DiplomacyJsonException.class,
            e -> assertThat(e.codes()).containsExactly("ndjson.header.duplicate"));
  }

  @Test
  void theHeaderFollowsTheRulesOfADossiersOwnProperties() {
    assertThatThrownBy(() -> read(STRICT, "{\"type\":\"dossier\",\"title\":\"x\"}\n"))
        .isInstanceOfSatisfying(
            DiplomacyJsonException.class,
            e -> assertThat(e.codes()).containsExactly("json.required"));
    assertThatThrownBy(() -> read(STRICT, "{\"type\":\"dossier\",\"formatVersion\":\"2.0\"}\n"))
        .isInstanceOfSatisfying(
            DiplomacyJsonException.class,
            e -> assertThat(e.codes()).containsExactly("json.formatVersion"));
    assertThatThrownBy(
            () ->
                read(
                    STRICT,
                    "{\"type\":\"dossier\",\"formatVersion\":\"1.0\",\"actors\":["
                        + STATE
                        + "]}\n"))
        .isInstanceOfSatisfying(
            DiplomacyJsonException.class,
            e -> assertThat(e.codes()).containsExactly("json.unknownProperty"));
    Dossier later =
        read(LENIENT, "{\"formatVersion\":\"1.3\",\"type\":\"dossier\",\"acme:x\":1,\"new\":2}\n");
    assertThat(later.formatVersion()).isEqualTo("1.3");
    assertThat(later.extensions()).containsOnlyKeys("acme:x", "new");
  }

  @Test
  void aSourceLineWithABadIdIsRefusedAtItsIdAndLine() {
    String text = STATE + "\n{\"type\":\"source\",\"id\":\"not an id\",\"publisher\":\"cuba\"}\n";
    assertThatThrownBy(() -> read(STRICT, text))
        .isInstanceOfSatisfying(
            DiplomacyJsonException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              assertThat(e.problems().get(0).pointer()).isEqualTo("/id");
              assertThat(e.problems().get(0).line()).hasValue(2);
              assertThat(e.codes().get(0)).isEqualTo("id.format");
            });
  }

  @Test
  void aLineOfAnUnknownTypeIsRefusedStrictlyAndKeptAsAnOpaqueEventLeniently() {
    String line = "{\"type\":\"summit_communique\",\"id\":\"c\",\"certainty\":\"reported\"}";
    assertThatThrownBy(() -> read(STRICT, HEADER + "\n" + line + "\n"))
        .isInstanceOfSatisfying(
            DiplomacyJsonException.class,
            e -> {
              assertThat(e.codes()).containsExactly("json.unknownType");
              assertThat(e.problems().get(0).line()).hasValue(2);
              assertThat(e.problems().get(0).message()).contains("source", "relationship");
            });
    Dossier dossier = read(LENIENT, HEADER + "\n" + line + "\n");
    assertThat(dossier.events()).hasSize(1);
    assertThat(((OpaqueEvent) dossier.events().get(0)).typeName()).isEqualTo("summit_communique");
  }

  @Test
  void anEventReaderNeverKeepsTheOtherLinesAsOpaqueEvents() {
    String relationship =
        "{\"type\":\"relationship\",\"id\":\"r\",\"parties\":[\"cuba\",\"north-korea\"],"
            + "\"relationshipKind\":\"alliance\",\"certainty\":\"reported\"}";
    for (String line : List.of(HEADER, STATE, SOURCE, relationship)) {
      assertThatThrownBy(() -> LENIENT.read(line, Event.class))
          .as(line)
          .isInstanceOfSatisfying(
              DiplomacyJsonException.class,
              e -> {
                assertThat(e.codes()).containsExactly("json.unknownType");
                assertThat(e.problems().get(0).message()).contains("NdjsonDossierReader");
              });
    }
    assertThat(LENIENT.read(relationship, DossierElement.class)).isInstanceOf(Relationship.class);
    assertThatThrownBy(() -> LENIENT.read(HEADER, DossierElement.class))
        .isInstanceOfSatisfying(
            DiplomacyJsonException.class,
            e -> assertThat(e.codes()).containsExactly("json.unknownType"));
  }

  @Test
  void noNameOfALineCanBeAnOpaqueEventsTypeName() {
    List<String> names = new ArrayList<>(List.of("source", "relationship", "dossier"));
    names.addAll(List.of("person", "organization", "state"));
    for (EventKind kind : EventKind.values()) {
      if (kind != EventKind.OPAQUE) {
        names.add(TextCodecs.enumName(kind));
      }
    }
    for (String name : names) {
      String line = "{\"type\":\"" + name + "\",\"id\":\"x\",\"certainty\":\"reported\"}\n";
      List<Object> read = new ArrayList<>();
      try (NdjsonDossierReader reader =
          reader(LENIENT, line, ErrorPolicy.skipAndReport(read::add))) {
        reader.forEachRemaining(read::add);
        reader.header().ifPresent(read::add);
      }
      assertThat(read).as(name).hasSize(1).noneMatch(OpaqueEvent.class::isInstance);
      assertThatThrownBy(() -> OpaqueEvent.builder().id(Id.of("x")).typeName(name).build())
          .as(name)
          .isInstanceOf(ValidationException.class);
    }
  }

  @Test
  void elementsWrittenOneByOneReadBackInTheirOrder() {
    Dossier article = article();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter<DossierElement> writer =
        NdjsonWriter.ofDossier(STRICT, Dossier.builder().title("streamed").build(), out)) {
      article.events().forEach(writer::write);
      article.actors().forEach(writer::write);
      assertThat(writer.lineCount())
          .isEqualTo(1 + article.events().size() + article.actors().size());
    }
    String text = out.toString(StandardCharsets.UTF_8);
    try (NdjsonDossierReader reader = reader(STRICT, text, ErrorPolicy.failFast())) {
      assertThat(reader.header().flatMap(Dossier::title)).contains("streamed");
      List<DossierElement> back = new ArrayList<>();
      reader.forEachRemaining(back::add);
      List<DossierElement> written = new ArrayList<>(article.events());
      written.addAll(article.actors());
      assertThat(back).containsExactlyElementsOf(written);
    }
  }
}
