package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.json.format.internal.DossierCodec;
import dev.diplomacy.json.format.internal.JsonCodec;
import dev.diplomacy.json.format.internal.JsonOutput;
import dev.diplomacy.json.format.internal.ObjectCodec;
import dev.diplomacy.json.format.internal.SerializedString;
import dev.diplomacy.json.format.internal.TextCodecs;
import dev.diplomacy.json.internal.JacksonTokenWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;

/**
 * The hand-written writers of the types written most often ({@link ObjectCodec.Builder#writtenBy})
 * write exactly what the declared properties write: every kind of event (opaque ones too), actor,
 * source and relationship, with every optional value present or absent and extensions at every
 * depth, written both ways.
 */
class HandWritersTest {

  @Test
  void handWrittenWritersWriteWhatTheDeclaredPropertiesWrite() {
    qt().withExamples(1_000)
        .forAll(ModelGenerators.withPlainNames().dossiers(true))
        .checkAssert(
            d ->
                assertThat(write(DossierCodec.CODEC, d, false))
                    .isEqualTo(write(DossierCodec.CODEC, d, true)));
  }

  @Test
  void
      eachHandWrittenWriterWritesThePropertiesDeclaredSinceTheLastAndTheOthersAreWrittenAsDeclared() {
    ObjectCodec<TestNote, TestNote.Builder> codec =
        ObjectCodec.builder(TestNote.class, TestNote::builder, TestNote.Builder::build)
            .required("text", TextCodecs.TEXT, TestNote::text, TestNote.Builder::text)
            .writtenBy(
                (note, out) ->
                    out.string(new SerializedString("text"), note.text().toUpperCase(Locale.ROOT)))
            .optional("date", TextCodecs.PARTIAL_DATE, TestNote::date, TestNote.Builder::date)
            .list("refs", TextCodecs.ID, TestNote::refs, TestNote.Builder::addRef)
            .writtenBy((note, out) -> out.string(new SerializedString("refs"), "by hand"))
            .list("shapes", TestCodecs.SHAPE, TestNote::shapes, TestNote.Builder::addShape)
            .extensions(TestNote::extensions, TestNote.Builder::putAllExtensions)
            .build();
    TestNote note =
        TestNote.builder()
            .text("hand")
            .addRef(Id.of("a"))
            .addShape(TestCircle.of(1))
            .putExtension("acme:x", ExtensionValue.of(true))
            .build();

    // The switch that the test above relies on, seen to work: the hand-written writers are used
    // unless it is turned off.
    assertThat(write(codec, note, false))
        .isEqualTo(
            "{\"text\":\"HAND\",\"refs\":\"by hand\",\"shapes\":[{\"type\":\"circle\",\"radius\":1.0}],\"acme:x\":true}");
    assertThat(write(codec, note, true))
        .isEqualTo(
            "{\"text\":\"hand\",\"refs\":[\"a\"],\"shapes\":[{\"type\":\"circle\",\"radius\":1.0}],\"acme:x\":true}");
  }

  @Test
  void aHandWrittenWriterWritesAtLeastOneProperty() {
    ObjectCodec.Builder<TestNote, TestNote.Builder> builder =
        ObjectCodec.builder(TestNote.class, TestNote::builder, TestNote.Builder::build)
            .required("text", TextCodecs.TEXT, TestNote::text, TestNote.Builder::text)
            .writtenBy((note, out) -> {});
    assertThatThrownBy(() -> builder.writtenBy((note, out) -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no property declared for this hand-written writer to write");
  }

  private static <T> String write(JsonCodec<T> codec, T value, boolean declaredOnly) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = DiplomacyJson.lenient().mapper().createGenerator(out)) {
      codec.write(value, new JsonOutput(new JacksonTokenWriter(g), declaredOnly));
    }
    return out.toString();
  }
}
