package dev.diplomacy.json;

import static dev.diplomacy.json.CodecHarness.at;
import static dev.diplomacy.json.CodecHarness.pointersAndCodes;
import static dev.diplomacy.json.CodecHarness.read;
import static dev.diplomacy.json.CodecHarness.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.json.format.Mode;
import dev.diplomacy.json.format.Problem;
import dev.diplomacy.json.format.internal.Numbers;
import dev.diplomacy.json.format.internal.ObjectCodec;
import dev.diplomacy.json.format.internal.UnionCodec;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class UnionCodecTest {

  private static final TestSquare SQUARE =
      TestSquare.builder().side(3).putExtension("acme:colour", ExtensionValue.of("red")).build();

  @Test
  void writesTheTypeNameFirst() {
    assertThat(write(TestCodecs.SHAPE, TestCircle.of(2)))
        .isEqualTo("{\"type\":\"circle\",\"radius\":2.0}");
    assertThat(write(TestCodecs.SHAPE, SQUARE))
        .isEqualTo("{\"type\":\"square\",\"side\":3.0,\"acme:colour\":\"red\"}");
  }

  @Test
  void readsEachKindByItsTypeName() {
    assertThat(read(TestCodecs.SHAPE, "{\"type\":\"circle\",\"radius\":2}"))
        .isEqualTo(TestCircle.of(2));
    assertThat(read(TestCodecs.SHAPE, "{\"type\":\"square\",\"side\":3,\"acme:colour\":\"red\"}"))
        .isEqualTo(SQUARE);
  }

  @Test
  void readsTheTypeNameAnywhereInTheObject() {
    assertThat(read(TestCodecs.SHAPE, "{\"side\":3,\"acme:colour\":\"red\",\"type\":\"square\"}"))
        .isEqualTo(SQUARE);
    assertThat(read(TestCodecs.SHAPE, "{\"radius\":2,\"type\":\"circle\"}"))
        .isEqualTo(TestCircle.of(2));
  }

  @Test
  void placesProblemsOfABufferedObjectWithinTheDocument() {
    String json =
        "{\"text\":\"x\",\"shapes\":[\n{\"type\":\"circle\",\"radius\":1},\n{\"side\":\"3\",\"type\":\"square\",\"stray\":1}]}";
    List<Problem> problems = CodecHarness.problems(() -> read(TestCodecs.NOTE, json));
    assertThat(problems)
        .extracting(Problem::pointer, Problem::code)
        .containsExactly(
            at("/shapes/1/side", "json.type"), at("/shapes/1/stray", "json.unknownProperty"));
    assertThat(problems.get(0).line()).isEqualTo(OptionalInt.of(3));
    assertThat(problems.get(0).column()).isEqualTo(OptionalInt.of(1));
  }

  @Test
  void strictModeRefusesUnknownTypeNames() {
    assertThat(pointersAndCodes(() -> read(TestCodecs.SHAPE, "{\"type\":\"hexagon\",\"sides\":6}")))
        .containsExactly(at("/type", "json.unknownType"));
    assertThat(pointersAndCodes(() -> read(TestCodecs.SHAPE, "{\"sides\":6,\"type\":\"hexagon\"}")))
        .containsExactly(at("/type", "json.unknownType"));
  }

  @Test
  void neverTakesAJavaClassNameForAType() {
    String className = "{\"type\":\"dev.diplomacy.json.TestCircle\",\"radius\":1}";
    assertThat(pointersAndCodes(() -> read(TestCodecs.SHAPE, className)))
        .containsExactly(at("/type", "json.unknownType"));
    assertThat(read(TestCodecs.SHAPE, className, Mode.LENIENT)).isInstanceOf(TestOtherShape.class);
    assertThat(
            pointersAndCodes(
                () -> read(TestCodecs.SHAPE, "{\"@class\":\"java.lang.Runtime\",\"radius\":1}")))
        .containsExactly(at("", "json.required"));
  }

  @Test
  void lenientModeKeepsUnknownTypesWholeAndWritesThemBack() {
    for (String json :
        List.of(
            "{\"type\":\"hexagon\",\"sides\":6,\"acme:x\":[1,{}]}",
            "{\"sides\":6,\"type\":\"hexagon\"}")) {
      TestShape shape = read(TestCodecs.SHAPE, json, Mode.LENIENT);
      assertThat(shape).isInstanceOf(TestOtherShape.class);
      assertThat(((TestOtherShape) shape).typeName()).isEqualTo("hexagon");
      assertThat(((TestOtherShape) shape).extensions())
          .doesNotContainKey("type")
          .containsEntry("sides", ExtensionValue.of(6));
      assertThat(CodecHarness.sameJson(write(TestCodecs.SHAPE, shape), json)).isTrue();
    }
    assertThat(
            write(
                TestCodecs.SHAPE,
                read(TestCodecs.SHAPE, "{\"type\":\"hexagon\",\"sides\":6}", Mode.LENIENT)))
        .isEqualTo("{\"type\":\"hexagon\",\"sides\":6}");
  }

  @Test
  void refusesAMissingOrMistypedTypeName() {
    assertThat(pointersAndCodes(() -> read(TestCodecs.SHAPE, "{\"radius\":1}")))
        .containsExactly(at("", "json.required"));
    assertThat(pointersAndCodes(() -> read(TestCodecs.SHAPE, "{}")))
        .containsExactly(at("", "json.required"));
    assertThat(pointersAndCodes(() -> read(TestCodecs.SHAPE, "{\"type\":7,\"radius\":1}")))
        .containsExactly(at("/type", "json.type"));
    assertThat(
            pointersAndCodes(() -> read(TestCodecs.SHAPE, "{\"radius\":1,\"type\":[\"circle\"]}")))
        .containsExactly(at("/type", "json.type"));
    assertThat(pointersAndCodes(() -> read(TestCodecs.SHAPE, "\"circle\"")))
        .containsExactly(at("", "json.type"));
  }

  @Test
  void goesOnAfterABadShape() {
    String json =
        "{\"text\":\"x\",\"shapes\":[{\"type\":\"hexagon\",\"a\":{\"b\":[1]}},{\"type\":7},{\"type\":\"circle\",\"radius\":0}]}";
    assertThat(pointersAndCodes(() -> read(TestCodecs.NOTE, json)))
        .containsExactly(
            at("/shapes/0/type", "json.unknownType"),
            at("/shapes/1/type", "json.type"),
            at("/shapes/2/radius", "testCircle.radius.positive"));
  }

  @Test
  void refusesToWriteAnOpaqueObjectWithASecondType() {
    TestOtherShape bad = TestOtherShape.of("hexagon", Map.of("type", ExtensionValue.of("x")));
    assertThat(pointersAndCodes(() -> write(TestCodecs.SHAPE, bad)))
        .containsExactly(at("/type", "json.extensionConflict"));
  }

  @Test
  void declarationsAreChecked() {
    assertThatThrownBy(
            () ->
                UnionCodec.builder(TestShape.class)
                    .kind(TestCodecs.CIRCLE)
                    .kind(TestCodecs.CIRCLE)
                    .build())
        .isInstanceOf(IllegalStateException.class);
    ObjectCodec<TestCircle, TestCircle.Builder> untyped =
        ObjectCodec.builder(TestCircle.class, TestCircle::builder, TestCircle.Builder::build)
            .required("radius", Numbers.DOUBLE, TestCircle::radius, TestCircle.Builder::radius)
            .build();
    assertThatThrownBy(() -> UnionCodec.builder(TestShape.class).kind(untyped).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> UnionCodec.builder(TestShape.class).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                UnionCodec.builder(TestShape.class)
                    .kind(TestCodecs.CIRCLE)
                    .opaque(TestCodecs.SQUARE))
        .isInstanceOf(IllegalStateException.class);
  }
}
