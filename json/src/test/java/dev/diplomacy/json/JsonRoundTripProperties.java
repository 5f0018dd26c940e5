package dev.diplomacy.json;

import static dev.diplomacy.json.CodecHarness.at;
import static dev.diplomacy.json.CodecHarness.pointersAndCodes;
import static dev.diplomacy.json.CodecHarness.sameJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.OpaqueEvent;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.When;
import dev.diplomacy.json.format.Mode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.node.ObjectNode;

/** What is written reads back equal, and what is read writes back the same JSON. */
class JsonRoundTripProperties {

  private static final DiplomacyJson JSON = DiplomacyJson.strict();
  private static final DiplomacyJson LENIENT = DiplomacyJson.lenient();

  @Test
  void placesReadBackEqual() {
    qt().withExamples(2_000)
        .forAll(JsonGenerators.places())
        .checkAssert(p -> assertThat(JSON.read(JSON.write(p), Place.class)).isEqualTo(p));
  }

  @Test
  void whensReadBackEqual() {
    qt().withExamples(2_000)
        .forAll(JsonGenerators.whens())
        .checkAssert(w -> assertThat(JSON.read(JSON.write(w), When.class)).isEqualTo(w));
  }

  @Test
  void dateSpansReadBackEqual() {
    qt().withExamples(1_000)
        .forAll(JsonGenerators.dateSpans())
        .checkAssert(s -> assertThat(JSON.read(JSON.write(s), DateSpan.class)).isEqualTo(s));
  }

  @Test
  void extensionValuesReadBackEqualAndWriteBackTheSameJson() {
    qt().withExamples(2_000)
        .forAll(JsonGenerators.extensionValues(4))
        .checkAssert(
            v -> {
              String json = JSON.write(v);
              ExtensionValue back = JSON.read(json, ExtensionValue.class);
              assertThat(back).isEqualTo(v);
              assertThat(JSON.write(back)).isEqualTo(json);
            });
  }

  @Test
  void lenientReadingThenWritingKeepsTheDocument() {
    qt().withExamples(1_000)
        .forAll(JsonGenerators.notes())
        .checkAssert(
            n -> {
              String json = CodecHarness.write(TestCodecs.NOTE, n);
              TestNote back = CodecHarness.read(TestCodecs.NOTE, json, Mode.LENIENT);
              assertThat(back).isEqualTo(n);
              assertThat(CodecHarness.sameJson(CodecHarness.write(TestCodecs.NOTE, back), json))
                  .isTrue();
            });
  }

  @Test
  void dossiersReadBackEqualInBothModes() {
    qt().withExamples(3_000)
        .forAll(ModelGenerators.namespaced().dossiers(false))
        .checkAssert(
            d -> {
              String json = JSON.write(d);
              assertThat(JSON.read(json, Dossier.class)).isEqualTo(d);
              assertThat(LENIENT.read(json, Dossier.class)).isEqualTo(d);
            });
  }

  @Test
  void lenientReadingKeepsPlainPropertiesAndUnknownEventTypesAndWritesBackTheSameJson() {
    qt().withExamples(3_000)
        .forAll(ModelGenerators.withPlainNames().dossiers(true))
        .checkAssert(
            d -> {
              String json = JSON.write(d);
              Dossier back = LENIENT.read(json, Dossier.class);
              assertThat(back).isEqualTo(d);
              assertThat(sameJson(LENIENT.write(back), json)).isTrue();
            });
  }

  @Test
  void anEventOfAnUnknownTypeIsKeptWholeInLenientModeAndRefusedInStrictMode() {
    qt().withExamples(1_000)
        .forAll(
            ModelGenerators.namespaced().events(false),
            Generate.pick(List.of("summit_communique", "ceasefire", "x1")))
        .checkAssert(
            (e, typeName) -> {
              ObjectNode tree = (ObjectNode) CodecHarness.tree(JSON.write(e));
              tree.put("type", typeName);
              String json = tree.toString();
              Event back = LENIENT.read(json, Event.class);
              assertThat(back)
                  .isInstanceOfSatisfying(
                      OpaqueEvent.class, o -> assertThat(o.typeName()).isEqualTo(typeName));
              assertThat(back.id()).isEqualTo(e.id());
              assertThat(back.citations()).isEqualTo(e.citations());
              assertThat(sameJson(LENIENT.write(back), json)).isTrue();
              assertThat(pointersAndCodes(() -> JSON.read(json, Event.class)))
                  .containsExactly(at("/type", "json.unknownType"));
            });
  }

  @Test
  void actorsReadBackEqual() {
    qt().withExamples(1_000)
        .forAll(ModelGenerators.namespaced().actors())
        .checkAssert(a -> assertThat(JSON.read(JSON.write(a), Actor.class)).isEqualTo(a));
  }

  @Test
  void eventsReadBackEqualThroughNdjsonOnePerLine() {
    qt().withExamples(1_000)
        .forAll(lists().of(ModelGenerators.withPlainNames().events(true)).ofSizeBetween(1, 8))
        .checkAssert(
            events -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              try (NdjsonWriter<Event> writer = NdjsonWriter.of(LENIENT, Event.class, out)) {
                events.forEach(writer::write);
              }
              assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n", -1))
                  .hasSize(events.size() + 1);
              try (NdjsonReader<Event> reader =
                  NdjsonReader.of(
                      LENIENT, Event.class, new ByteArrayInputStream(out.toByteArray()))) {
                assertThat(reader.stream().collect(Collectors.toList())).isEqualTo(events);
              }
            });
  }
}
