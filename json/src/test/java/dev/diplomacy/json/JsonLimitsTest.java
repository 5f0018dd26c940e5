package dev.diplomacy.json;

import static dev.diplomacy.json.CodecHarness.at;
import static dev.diplomacy.json.CodecHarness.pointersAndCodes;
import static dev.diplomacy.json.CodecHarness.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.validation.ValidationException;
import dev.diplomacy.json.format.JsonLimits;
import dev.diplomacy.json.format.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLimitsTest {

  private static final DiplomacyJson JSON = DiplomacyJson.strict();
  private static final Duration FAST = Duration.ofSeconds(1);

  @Test
  void hasSafeDefaults() {
    JsonLimits limits = JsonLimits.defaults();
    assertThat(limits.maxNestingDepth()).isEqualTo(64);
    assertThat(limits.maxStringLength()).isEqualTo(1_000_000);
    assertThat(limits.maxNumberLength()).isEqualTo(100);
    assertThat(limits.maxNameLength()).isEqualTo(1_000);
    assertThat(limits.maxDocumentLength()).isEqualTo(64L * 1024 * 1024);
    assertThat(limits.maxProblems()).isEqualTo(100);
  }

  @Test
  void refusesLimitsThatAreNotPositive() {
    assertThatThrownBy(() -> JsonLimits.builder().maxNestingDepth(0).maxDocumentLength(-1).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.codes())
                    .containsExactly(
                        "jsonLimits.maxNestingDepth.positive",
                        "jsonLimits.maxDocumentLength.positive"));
  }

  @Test
  void boundsTheNestingDepthSoThatReadingCannotOverflowTheStack() {
    assertThatThrownBy(() -> JsonLimits.defaults().withMaxNestingDepth(1_001))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("jsonLimits.maxNestingDepth.max"));
    DiplomacyJson deepest =
        DiplomacyJson.builder()
            .limits(JsonLimits.defaults().withMaxNestingDepth(JsonLimits.MAX_NESTING_DEPTH))
            .build();
    String deep = "[".repeat(1_000) + "]".repeat(1_000);
    ExtensionValue value = deepest.read(deep, ExtensionValue.class);
    assertThat(deepest.write(value)).isEqualTo(deep);
  }

  @Test
  void deepNestingFailsFastWithoutOverflowingTheStack() {
    String arrays = "[".repeat(100_000) + "]".repeat(100_000);
    String inExtension =
        "{\"text\":\"x\",\"acme:x\":" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_001);
    assertTimeout(
        FAST,
        () -> {
          // A Place is an object: the array is one problem, its depth another.
          assertThat(pointersAndCodes(() -> JSON.read(arrays, Place.class)))
              .extracting(t -> t.toList().get(1))
              .containsExactly("json.type", "json.limit");
          assertThat(pointersAndCodes(() -> JSON.read(arrays, ExtensionValue.class)))
              .extracting(t -> t.toList().get(1))
              .containsExactly("json.limit");
          assertThat(pointersAndCodes(() -> CodecHarness.read(TestCodecs.NOTE, inExtension)))
              .extracting(t -> t.toList().get(1))
              .containsExactly("json.limit");
        });
    assertThat(problems(() -> JSON.read(arrays, ExtensionValue.class)).get(0).message())
        .contains("JsonLimits.maxNestingDepth");
  }

  @Test
  void nestingUpToTheLimitIsFine() {
    String deep = "[".repeat(64) + "]".repeat(64);
    assertThat(JSON.read(deep, ExtensionValue.class)).isInstanceOf(ExtensionValue.ListValue.class);
    assertThat(pointersAndCodes(() -> JSON.read("[" + deep + "]", ExtensionValue.class)))
        .extracting(t -> t.toList().get(1))
        .containsExactly("json.limit");
  }

  @Test
  void aHugeStringFailsFast() {
    String huge = "{\"name\":\"" + "a".repeat(50_000_000) + "\"}";
    assertTimeout(
        FAST,
        () ->
            assertThat(pointersAndCodes(() -> JSON.read(huge, Place.class)))
                .containsExactly(at("/name", "json.limit")));
    byte[] bytes = huge.getBytes(StandardCharsets.US_ASCII);
    assertTimeout(
        FAST,
        () ->
            assertThat(pointersAndCodes(() -> JSON.read(bytes, Place.class)))
                .containsExactly(at("/name", "json.limit")));
  }

  @Test
  void longNumbersAndNamesFail() {
    assertThat(
            pointersAndCodes(
                () -> JSON.read("{\"geonamesId\":" + "1".repeat(101) + "}", Place.class)))
        .containsExactly(at("/geonamesId", "json.limit"));
    assertThat(pointersAndCodes(() -> JSON.read("{\"" + "n".repeat(1_001) + "\":1}", Place.class)))
        .extracting(t -> t.toList().get(1))
        .containsExactly("json.limit");
  }

  @Test
  void aLongDocumentFails() {
    DiplomacyJson small =
        DiplomacyJson.builder().limits(JsonLimits.defaults().withMaxDocumentLength(100)).build();
    String json = "{\"name\":\"" + "a".repeat(200) + "\"}";
    assertThat(pointersAndCodes(() -> small.read(json, Place.class)))
        .extracting(t -> t.toList().get(1))
        .containsExactly("json.limit");
    assertThat(
            pointersAndCodes(() -> small.read(json.getBytes(StandardCharsets.UTF_8), Place.class)))
        .extracting(t -> t.toList().get(1))
        .containsExactly("json.limit");
    assertThat(small.read("{\"name\":\"a\"}", Place.class).name()).hasValue("a");
  }

  @Test
  void otherLimitsApply() {
    DiplomacyJson tight =
        DiplomacyJson.builder()
            .limits(
                JsonLimits.builder().maxStringLength(5).maxNestingDepth(2).maxProblems(2).build())
            .build();
    assertThat(pointersAndCodes(() -> tight.read("{\"name\":\"Pyongyang\"}", Place.class)))
        .containsExactly(at("/name", "json.limit"));
    assertThat(pointersAndCodes(() -> tight.read("[[[1]]]", ExtensionValue.class)))
        .extracting(t -> t.toList().get(1))
        .containsExactly("json.limit");
    List<Problem> two =
        problems(() -> tight.read("{\"name\":1,\"venue\":2,\"locality\":3}", Place.class));
    assertThat(two).hasSize(2);
  }

  @Test
  void theLimitsApplyToWritingToo() {
    ExtensionValue deep = ExtensionValue.of(1);
    for (int i = 0; i < 65; i++) {
      deep = new ExtensionValue.ListValue(List.of(deep));
    }
    ExtensionValue tooDeep = deep;
    assertThat(pointersAndCodes(() -> JSON.write(tooDeep)))
        .extracting(t -> t.toList().get(1))
        .containsExactly("json.limit");
  }
}
