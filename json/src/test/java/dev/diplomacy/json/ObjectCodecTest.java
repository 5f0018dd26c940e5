package dev.diplomacy.json;

import static dev.diplomacy.json.CodecHarness.at;
import static dev.diplomacy.json.CodecHarness.pointersAndCodes;
import static dev.diplomacy.json.CodecHarness.problems;
import static dev.diplomacy.json.CodecHarness.read;
import static dev.diplomacy.json.CodecHarness.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.Mode;
import dev.diplomacy.json.format.Problem;
import dev.diplomacy.json.format.internal.JsonInput;
import dev.diplomacy.json.format.internal.Numbers;
import dev.diplomacy.json.format.internal.ObjectCodec;
import dev.diplomacy.json.internal.JacksonTokenReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ObjectCodecTest {

  private static final TestNote NOTE =
      TestNote.builder()
          .text("Kim met Castro")
          .date(PartialDate.parse("2018-07"))
          .addRef(Id.of("kim-jong-un"))
          .addRef(Id.of("raul-castro"))
          .putExtension("acme:confidence", ExtensionValue.of(new BigDecimal("0.90")))
          .build();

  @Test
  void writesPropertiesInOrderThenExtensionsInline() {
    assertThat(write(TestCodecs.NOTE, NOTE))
        .isEqualTo(
            "{\"text\":\"Kim met Castro\",\"date\":\"2018-07\",\"refs\":[\"kim-jong-un\",\"raul-castro\"],\"acme:confidence\":0.90}");
  }

  @Test
  void leavesOutAbsentValuesAndEmptyLists() {
    assertThat(write(TestCodecs.NOTE, TestNote.builder().text("x").build()))
        .isEqualTo("{\"text\":\"x\"}");
  }

  @Test
  void readsWhatItWrites() {
    assertThat(read(TestCodecs.NOTE, write(TestCodecs.NOTE, NOTE))).isEqualTo(NOTE);
  }

  @Test
  void readsPropertiesInAnyOrderWithExtensionsAnywhere() {
    TestNote read =
        read(
            TestCodecs.NOTE,
            "{\"acme:confidence\":0.90,\"refs\":[\"kim-jong-un\",\"raul-castro\"],\"date\":\"2018-07\",\"text\":\"Kim met Castro\"}");
    assertThat(read).isEqualTo(NOTE);
  }

  @Test
  void strictModeKeepsNamespacedExtensionsAndRefusesPlainUnknownNames() {
    assertThat(read(TestCodecs.NOTE, "{\"text\":\"x\",\"acme:x\":{\"a\":[1,null]}}").extensions())
        .containsOnlyKeys("acme:x");
    assertThat(pointersAndCodes(() -> read(TestCodecs.NOTE, "{\"text\":\"x\",\"newField\":1}")))
        .containsExactly(at("/newField", "json.unknownProperty"));
    assertThat(
            problems(() -> read(TestCodecs.NOTE, "{\"text\":\"x\",\"newField\":1}"))
                .get(0)
                .message())
        .contains("acme:newField");
  }

  @Test
  void lenientModeKeepsPlainUnknownNamesAndWritesThemBack() {
    String json = "{\"text\":\"x\",\"newField\":{\"deep\":[1.50,\"a\",true]},\"acme:y\":null}";
    TestNote note = read(TestCodecs.NOTE, json, Mode.LENIENT);
    assertThat(note.extensions()).containsOnlyKeys("newField", "acme:y");
    assertThat(write(TestCodecs.NOTE, note)).isEqualTo(json);
  }

  @Test
  void invalidExtensionNamesAreUnknownPropertiesInBothModes() {
    for (Mode mode : Mode.values()) {
      assertThat(
              pointersAndCodes(
                  () ->
                      read(TestCodecs.NOTE, "{\"text\":\"x\",\"Acme:y\":1,\"a\\u0001\":2}", mode)))
          .containsExactly(
              at("/Acme:y", "json.unknownProperty"), at("/a\u0001", "json.unknownProperty"));
    }
  }

  @Test
  void refusesNullEmptyArraysAndWrongTypes() {
    assertThat(
            pointersAndCodes(
                () ->
                    read(
                        TestCodecs.NOTE,
                        "{\"text\":null,\"date\":2018,\"refs\":[],\"shapes\":{}}")))
        .containsExactly(
            at("/text", "json.type"),
            at("/date", "json.type"),
            at("/refs", "json.empty"),
            at("/shapes", "json.type"));
    assertThat(problems(() -> read(TestCodecs.NOTE, "{\"text\":null}")).get(0).message())
        .contains("not null");
  }

  @Test
  void refusesAnObjectThatIsNotAnObject() {
    assertThat(pointersAndCodes(() -> read(TestCodecs.NOTE, "[1]")))
        .containsExactly(at("", "json.type"));
  }

  @Test
  void reportsMissingRequiredPropertiesAtTheObject() {
    List<Problem> problems = problems(() -> read(TestCodecs.NOTE, "{\"date\":\"2018\"}"));
    assertThat(problems)
        .extracting(Problem::pointer, Problem::code)
        .containsExactly(at("", "json.required"));
    assertThat(problems.get(0).message()).contains("\"text\"");
    assertThat(problems.get(0).line()).isEqualTo(OptionalInt.of(1));
    assertThat(problems.get(0).column()).isEqualTo(OptionalInt.of(1));
  }

  @Test
  void collectsEveryProblemOfTheDocument() {
    String json =
        "{\"date\":\"2018-02-30\",\n"
            + " \"refs\":[\"ok\",\"not ok\",7],\n"
            + " \"shapes\":[{\"type\":\"circle\",\"radius\":\"big\"},{\"type\":\"hexagon\"}],\n"
            + " \"stray\":true}";
    List<Problem> problems = problems(() -> read(TestCodecs.NOTE, json));
    assertThat(problems)
        .extracting(Problem::pointer, Problem::code)
        .containsExactly(
            at("/date", "partialDate.invalid"),
            at("/refs/1", "id.format"),
            at("/refs/2", "json.type"),
            at("/shapes/0/radius", "json.type"),
            at("/shapes/1/type", "json.unknownType"),
            at("/stray", "json.unknownProperty"),
            at("", "json.required"));
    assertThat(problems.get(1).line()).isEqualTo(OptionalInt.of(2));
    assertThat(problems.get(1).column()).isEqualTo(OptionalInt.of(15));
  }

  @Test
  void translatesTheCoreFindingsIntoPointers() {
    assertThat(
            pointersAndCodes(
                () -> read(TestCodecs.NOTE, "{\"text\":\" \",\"refs\":[\"a\",\"b\",\"a\"]}")))
        .containsExactly(
            at("/text", "testNote.text.blank"), at("/refs/2", "testNote.refs.distinct"));
    assertThat(
            pointersAndCodes(
                () ->
                    read(
                        TestCodecs.NOTE,
                        "{\"text\":\"x\",\"shapes\":[{\"type\":\"circle\",\"radius\":-1}]}")))
        .containsExactly(at("/shapes/0/radius", "testCircle.radius.positive"));
  }

  @Test
  void findsDuplicatePropertiesItselfWhenTheParserDoesNot() {
    // The strict mapper detects duplicates in the parser; a user's mapper may not.
    tools.jackson.databind.json.JsonMapper plain =
        tools.jackson.databind.json.JsonMapper.builder().build();
    try (tools.jackson.core.JsonParser p =
        plain.createParser("{\"text\":\"a\",\"text\":\"b\",\"acme:x\":1,\"acme:x\":2}")) {
      p.nextToken();
      JsonInput in = new JsonInput(new JacksonTokenReader(p), Mode.STRICT, 100);
      assertThat(TestCodecs.NOTE.read(in)).isNull();
      assertThatThrownBy(in::throwIfAny)
          .isInstanceOfSatisfying(
              DiplomacyJsonException.class,
              e ->
                  assertThat(e.problems())
                      .extracting(Problem::pointer, Problem::code)
                      .containsExactly(
                          at("/text", "json.duplicateKey"), at("/acme:x", "json.duplicateKey")));
    }
  }

  @Test
  void stopsAtMaxProblems() {
    StringBuilder json = new StringBuilder("{\"text\":\"x\",\"refs\":[");
    for (int i = 0; i < 150; i++) {
      json.append(i == 0 ? "" : ",").append("\"bad id ").append(i).append('"');
    }
    json.append("]}");
    Throwable e =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> read(TestCodecs.NOTE, json.toString()));
    assertThat(e)
        .isInstanceOf(DiplomacyJsonException.class)
        .hasMessageContaining("reading stopped there");
    assertThat(((DiplomacyJsonException) e).problems()).hasSize(100);
  }

  @Test
  void refusesToWriteAnExtensionNamedLikeAProperty() {
    TestNote clash =
        TestNote.builder().text("x").putExtension("date", ExtensionValue.of("2018")).build();
    assertThat(pointersAndCodes(() -> write(TestCodecs.NOTE, clash)))
        .containsExactly(at("/date", "json.extensionConflict"));
  }

  @Test
  void refusesToWriteTextThatIsNotUnicode() {
    TestNote bad =
        TestNote.builder()
            .text("x")
            .addShape(TestCircle.of(1))
            .putExtension("acme:x", ExtensionValue.of("a\uD800"))
            .build();
    assertThat(pointersAndCodes(() -> write(TestCodecs.NOTE, bad)))
        .containsExactly(at("/acme:x", "json.format"));
    TestNote badList =
        TestNote.builder()
            .text("x")
            .putExtension(
                "acme:x",
                new ExtensionValue.ListValue(
                    List.of(ExtensionValue.of("ok"), ExtensionValue.of("\uDC00"))))
            .build();
    assertThat(pointersAndCodes(() -> write(TestCodecs.NOTE, badList)))
        .containsExactly(at("/acme:x/1", "json.format"));
  }

  @Test
  void refusesTextThatIsNotUnicodeOnReading() {
    // The model's text by the core's rule (text.unicode, when the value is built); an extension's
    // text by the reader (json.format).
    assertThat(pointersAndCodes(() -> read(TestCodecs.NOTE, "{\"text\":\"a\\ud800\"}")))
        .containsExactly(at("/text", "text.unicode"));
    // A problem of the reader's stops the object before it is built: the core's rules wait.
    assertThat(
            pointersAndCodes(
                () -> read(TestCodecs.NOTE, "{\"text\":\"a\\ud800\",\"acme:x\":[\"\\udc00\"]}")))
        .containsExactly(at("/acme:x/0", "json.format"));
    // Jackson's parser refuses lone surrogates in names itself.
    assertThat(pointersAndCodes(() -> read(TestCodecs.NOTE, "{\"text\":\"a\",\"acme:\\udc00\":1}")))
        .extracting(t -> t.toList().get(1))
        .containsExactly("json.syntax");
  }

  @Test
  void aKindOfAFamilyWritesItsTypeFirstAndChecksItOnReading() {
    assertThat(write(TestCodecs.CIRCLE, TestCircle.of(2)))
        .isEqualTo("{\"type\":\"circle\",\"radius\":2.0}");
    assertThat(read(TestCodecs.CIRCLE, "{\"radius\":2,\"type\":\"circle\"}"))
        .isEqualTo(TestCircle.of(2));
    assertThat(
            pointersAndCodes(() -> read(TestCodecs.CIRCLE, "{\"type\":\"square\",\"radius\":2}")))
        .containsExactly(at("/type", "json.unknownType"));
    assertThat(pointersAndCodes(() -> read(TestCodecs.CIRCLE, "{\"radius\":2}")))
        .containsExactly(at("", "json.required"));
  }

  @Test
  void declarationsAreChecked() {
    ObjectCodec.Builder<TestCircle, TestCircle.Builder> b =
        ObjectCodec.builder(TestCircle.class, TestCircle::builder, TestCircle.Builder::build)
            .required("radius", Numbers.DOUBLE, TestCircle::radius, TestCircle.Builder::radius);
    assertThatThrownBy(
            () ->
                b.required(
                    "radius", Numbers.DOUBLE, TestCircle::radius, TestCircle.Builder::radius))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                b.typeName("circle")
                    .required(
                        "type", Numbers.DOUBLE, TestCircle::radius, TestCircle.Builder::radius)
                    .build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aKindHasOneTypeNameOrKeepsAnyButNotBoth() {
    assertThatThrownBy(
            () ->
                ObjectCodec.builder(
                        TestOtherShape.class,
                        TestOtherShape::builder,
                        TestOtherShape.Builder::build)
                    .typeName("other")
                    .anyTypeName(
                        "typeName", TestOtherShape::typeName, TestOtherShape.Builder::typeName)
                    .build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void extensionValuesKeepExactNumbers() {
    String json = "{\"text\":\"x\",\"acme:n\":[0.10,1e400,-0,12345678901234567890123,1.0E+2]}";
    TestNote note = read(TestCodecs.NOTE, json);
    assertThat(note.extensions().get("acme:n"))
        .isEqualTo(
            new ExtensionValue.ListValue(
                List.of(
                    ExtensionValue.of(new BigDecimal("0.10")),
                    ExtensionValue.of(new BigDecimal("1e400")),
                    ExtensionValue.of(0),
                    ExtensionValue.of(new BigDecimal("12345678901234567890123")),
                    ExtensionValue.of(100))));
    assertThat(CodecHarness.sameJson(write(TestCodecs.NOTE, note), json)).isTrue();
    assertThat(write(TestCodecs.NOTE, note)).contains("0.10").contains("1E+400");
  }
}
