package dev.diplomacy.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.ExtensionValue;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The one reader and writer of JSON values, on its own; through the library's format it is tested
 * by {@code ExtensionValueCodecTest} and the bad-input corpus, through PLOVER by the importer's
 * tests.
 */
class JsonValuesTest {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  /** Problems as "kind pointer: message", placed as the callers place them. */
  private static final class Recorded implements JsonValues.Problems {
    final List<String> all = new ArrayList<>();
    private final JsonParser parser;

    Recorded(JsonParser parser) {
      this.parser = parser;
    }

    @Override
    public void duplicateKey(String message) {
      all.add("duplicateKey " + parser.streamReadContext().pathAsPointer() + ": " + message);
    }

    @Override
    public void format(String message) {
      all.add("format " + parser.streamReadContext().pathAsPointer() + ": " + message);
    }

    @Override
    public int problemCount() {
      return all.size();
    }
  }

  /** The value of {@code json}, and the problems found, after checking where the parser stops. */
  private static ExtensionValue read(String json, List<String> problems) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      Recorded recorded = new Recorded(p);
      ExtensionValue value = JsonValues.read(p, recorded);
      problems.addAll(recorded.all);
      assertThat(p.nextToken()).as("the parser is left on the value's last token").isNull();
      return value;
    }
  }

  @Test
  void readsEveryKindOfValueNumbersExactlyAndMembersInOrder() {
    List<String> problems = new ArrayList<>();
    ExtensionValue value =
        read(
            "{\"z\":\"text\",\"n\":[0.10,123456789012345678901234567890,-7,1e400],"
                + "\"b\":true,\"f\":false,\"null\":null,\"m\":{}}",
            problems);
    Map<String, ExtensionValue> members = new LinkedHashMap<>();
    members.put("z", ExtensionValue.of("text"));
    members.put(
        "n",
        new ExtensionValue.ListValue(
            List.of(
                ExtensionValue.of(new BigDecimal("0.10")),
                ExtensionValue.of(new BigDecimal("123456789012345678901234567890")),
                ExtensionValue.of(-7),
                ExtensionValue.of(new BigDecimal("1e400")))));
    members.put("b", ExtensionValue.of(true));
    members.put("f", ExtensionValue.of(false));
    members.put("null", ExtensionValue.ofNull());
    members.put("m", new ExtensionValue.MapValue(Map.of()));
    assertThat(problems).isEmpty();
    assertThat(value).isEqualTo(new ExtensionValue.MapValue(members));
    assertThat(((ExtensionValue.MapValue) value).members().keySet())
        .containsExactly("z", "n", "b", "f", "null", "m");
  }

  @Test
  void aMemberGivenTwiceIsAProblemAtItsSecondValueWhateverEitherValueAndTheObjectIsNotKept() {
    List<String> problems = new ArrayList<>();
    assertThat(
            read(
                "{\"a\":{\"b\":1,\"b\":[2]},\"a/b~\":1,\"a/b~\":2,\"c\":1,\"c\":{\"d\":1,\"d\":2}}",
                problems))
        .isNull();
    assertThat(problems)
        .containsExactly(
            "duplicateKey /a/b: the property \"b\" appears twice",
            "duplicateKey /a~1b~0: the property \"a/b~\" appears twice",
            "duplicateKey /c/d: the property \"d\" appears twice",
            "duplicateKey /c: the property \"c\" appears twice");
  }

  @Test
  void textAndNamesWithALoneSurrogateAndNumbersBeyondADecimalAreProblemsAtTheirValue() {
    List<String> problems = new ArrayList<>();
    assertThat(read("[\"ok\",\"\\udfff\",{\"x\":1e-2147483648}]", problems)).isNull();
    assertThat(problems)
        .containsExactly(
            "format /1: the text contains a lone surrogate (\\uDFFF at index 0): it is not valid"
                + " Unicode",
            "format /2/x: the number 1e-2147483648 is out of range: its exponent is too large");
  }

  @Test
  void aValueStartsOnlyWithAScalarOrAnOpeningBracket() {
    assertThat(JsonToken.values())
        .filteredOn(JsonValues::startsAValue)
        .containsExactlyInAnyOrder(
            JsonToken.START_OBJECT,
            JsonToken.START_ARRAY,
            JsonToken.VALUE_STRING,
            JsonToken.VALUE_NUMBER_INT,
            JsonToken.VALUE_NUMBER_FLOAT,
            JsonToken.VALUE_TRUE,
            JsonToken.VALUE_FALSE,
            JsonToken.VALUE_NULL);
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), "{\"a\":1}")) {
      p.nextToken();
      p.nextToken();
      assertThatThrownBy(() -> JsonValues.read(p, new Recorded(p)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a JSON value cannot start with PROPERTY_NAME");
    }
  }

  private static String writeAsIs(ExtensionValue value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      JsonValues.write(value, g);
    }
    return out.toString();
  }

  @Test
  void writesEveryKindOfValueItsNamesAndTextAsTheyAreOrByTheStringsGiven() {
    Map<String, ExtensionValue> members = new LinkedHashMap<>();
    members.put("s", ExtensionValue.of("text"));
    members.put("n", ExtensionValue.of(new BigDecimal("0.10")));
    members.put("l", new ExtensionValue.ListValue(List.of(ExtensionValue.of(true))));
    members.put("z", ExtensionValue.ofNull());
    ExtensionValue value = new ExtensionValue.MapValue(members);
    assertThat(writeAsIs(value)).isEqualTo("{\"s\":\"text\",\"n\":0.10,\"l\":[true],\"z\":null}");

    List<String> seen = new ArrayList<>();
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      JsonValues.write(
          value,
          g,
          new JsonValues.Strings() {
            @Override
            public void name(String name) {
              seen.add("name " + name);
              g.writeName(name.toUpperCase(Locale.ROOT));
            }

            @Override
            public void text(String text) {
              seen.add("text " + text);
              g.writeString(text.toUpperCase(Locale.ROOT));
            }
          });
    }
    assertThat(out.toString()).isEqualTo("{\"S\":\"TEXT\",\"N\":0.10,\"L\":[true],\"Z\":null}");
    assertThat(seen).containsExactly("name s", "text text", "name n", "name l", "name z");
  }
}
