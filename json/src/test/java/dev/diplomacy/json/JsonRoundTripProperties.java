package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.When;
import org.junit.jupiter.api.Test;

/** What is written reads back equal, and what is read writes back the same JSON. */
class JsonRoundTripProperties {

  private static final DiplomacyJson JSON = DiplomacyJson.strict();

  @Test
  void placesReadBackEqual() {
    qt().withExamples(2_000).forAll(JsonGenerators.places()).checkAssert(p -> assertThat(JSON.read(JSON.write(p), Place.class)).isEqualTo(p));
  }

  @Test
  void whensReadBackEqual() {
    qt().withExamples(2_000).forAll(JsonGenerators.whens()).checkAssert(w -> assertThat(JSON.read(JSON.write(w), When.class)).isEqualTo(w));
  }

  @Test
  void dateSpansReadBackEqual() {
    qt().withExamples(1_000).forAll(JsonGenerators.dateSpans()).checkAssert(s -> assertThat(JSON.read(JSON.write(s), DateSpan.class)).isEqualTo(s));
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
              assertThat(CodecHarness.sameJson(CodecHarness.write(TestCodecs.NOTE, back), json)).isTrue();
            });
  }
}
