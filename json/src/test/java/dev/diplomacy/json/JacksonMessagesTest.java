package dev.diplomacy.json;

import static dev.diplomacy.json.CodecHarness.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.json.BadCorpus.BadDocument;
import dev.diplomacy.json.format.ErrorPolicy;
import dev.diplomacy.json.format.Mode;
import dev.diplomacy.json.format.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Problems say what is wrong in the library's words: never Jackson's internals (its locations, its
 * feature flags, its token names), whatever the malformed input.
 */
class JacksonMessagesTest {

  /** What only Jackson would say: none of it may reach a user. */
  private static final List<String> JACKSON =
      List.of(
          "[Source",
          "REDACTED",
          "#UNKNOWN",
          "byte offset",
          "Feature",
          "`",
          "JsonToken",
          "VALUE_STRING",
          "Constraints",
          "internal state",
          "(code ");

  static Stream<BadDocument> corpus() {
    return BadCorpus.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void theCorpusIsReportedInTheLibrarysWords(BadDocument bad) {
    DiplomacyJson json =
        bad.mode() == Mode.STRICT ? DiplomacyJson.strict() : DiplomacyJson.lenient();
    List<Problem> found = new ArrayList<>();
    if (bad.reader().equals("ndjson")) {
      try (NdjsonReader<Event> r =
          NdjsonReader.of(
              json,
              Event.class,
              new ByteArrayInputStream(bad.bytes()),
              ErrorPolicy.skipAndReport(e -> found.addAll(e.problems())))) {
        r.forEachRemaining(e -> {});
      }
    } else {
      Class<?> type = bad.reader().equals("dossier") ? Dossier.class : Event.class;
      found.addAll(problems(() -> json.read(bad.bytes(), type)));
    }
    assertThat(found).isNotEmpty().allSatisfy(JacksonMessagesTest::inTheLibrarysWords);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"country\":\"CU\"",
        "[1,2",
        "{\"country\":\"C",
        "{\"country\":\"\\u00",
        "{\"country\" \"CU\"}",
        "{\"country\":\"CU\" \"name\":\"x\"}",
        "[1 2]",
        "[1}",
        "{\"country\":\"CU\"]",
        "}",
        "{\"name\":01}",
        "{\"name\":-}",
        "{\"name\":1e}",
        "{\"name\":1.}",
        "{\"name\":.5}",
        "{\"name\":+1}",
        "{\"name\":0x1F}",
        "{\"name\":NaN}",
        "{\"name\":-Infinity}",
        "{\"name\":tru}",
        "{\"name\":nul}",
        "{\"name\":'x'}",
        "{'name':\"x\"}",
        "{name:\"x\"}",
        "{\"name\":\"a\\qb\"}",
        "{\"name\":\"a\tb\"}",
        "{\"na\tme\":\"x\"}",
        "{\"\\ud800x\":1}",
        "{\"name\":\"\\ud800\\u0041\"}",
        "// comment\n{}",
        "/* comment */ {}",
        "# comment\n{}",
        "{\"name\":\"x\",}",
        "[1,]",
        "{\"name\":\"x\"}}",
        "\u001E{}",
      })
  void malformedTextIsReportedInTheLibrarysWords(String json) {
    List<Problem> found = problems(() -> DiplomacyJson.strict().read(json, Place.class));
    assertThat(found).isNotEmpty().allSatisfy(JacksonMessagesTest::inTheLibrarysWords);
    List<Problem> fromBytes =
        problems(
            () -> DiplomacyJson.strict().read(json.getBytes(StandardCharsets.UTF_8), Place.class));
    assertThat(fromBytes).isNotEmpty().allSatisfy(JacksonMessagesTest::inTheLibrarysWords);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "C0 80", // an overlong encoding
        "E0 80 80",
        "ED A0 80", // a surrogate
        "F8 88 80 80 80", // five bytes
        "FF",
        "C3 28",
        "E2 82",
      })
  void bytesThatAreNotUtf8AreReportedInTheLibrarysWords(String hex) {
    String[] parts = hex.split(" ");
    byte[] bad = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bad[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    for (byte[] json :
        List.of(
            concat("{\"name\":\"a", bad, "\"}"),
            concat("{\"na", bad, "me\":\"a\"}"),
            concat("{\"name\":\"a", bad, ""))) {
      List<Problem> found = problems(() -> DiplomacyJson.strict().read(json, Place.class));
      assertThat(found).isNotEmpty().allSatisfy(JacksonMessagesTest::inTheLibrarysWords);
    }
  }

  static Stream<Arguments> messages() {
    return Stream.of(
        arguments("{\"a\":NaN}", "'NaN' is not a number JSON allows: JSON has no NaN or infinity"),
        arguments("{\"a\":\"b\"", "the document ends inside an object: its closing '}' is missing"),
        arguments("[1,2", "the document ends inside an array: its closing ']' is missing"),
        arguments("{\"a\":\"b", "the document ends inside a string: its closing quote is missing"),
        arguments("// x\n{}", "unexpected character '/': JSON has no comments"),
        arguments(
            "{\"a\":+1}", "unexpected character '+' in a number: JSON numbers have no plus sign"),
        arguments("{\"a\":0x1F}", "unexpected character 'x' in a number: JSON numbers are decimal"),
        arguments(
            "{\"a\":\"b\tc\"}",
            "the control character U+0009 must be escaped in a string (as \\u0009)"),
        arguments("[1}", "unexpected '}': expected ']' to close the array first"));
  }

  @ParameterizedTest
  @MethodSource("messages")
  void saysWhatIsWrong(String json, String message) {
    assertThat(
            problems(() -> DiplomacyJson.strict().read(json, ExtensionValue.class))
                .get(0)
                .message())
        .isEqualTo(message);
  }

  private static void inTheLibrarysWords(Problem p) {
    for (String jackson : JACKSON) {
      assertThat(p.message()).as("%s", p).doesNotContain(jackson);
    }
  }

  private static byte[] concat(String before, byte[] middle, String after) {
    byte[] a = before.getBytes(StandardCharsets.UTF_8);
    byte[] c = after.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[a.length + middle.length + c.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(middle, 0, out, a.length, middle.length);
    System.arraycopy(c, 0, out, a.length + middle.length, c.length);
    return out;
  }

  static Stream<Arguments> limits() {
    return Stream.of(
        // Where the parser stopped: past the name, the string, the number, the 64th '['. The
        // too-long name is one of the root object's: the pointer is the object's.
        arguments("{\"formatVersion\":\"1.0\",\n \"acme:NAME\":1}", "", 2, 1010),
        arguments("{\"formatVersion\":\"1.0\",\n \"title\":\"STRING\"}", "/title", 2, 1000013),
        arguments("{\"formatVersion\":\"1.0\",\n \"acme:n\":NUMBER}", "/acme:n", 2, 112),
        arguments(
            "{\"formatVersion\":\"1.0\",\n \"acme:deep\":DEEP}",
            "/acme:deep" + "/0".repeat(63),
            2,
            78));
  }

  @ParameterizedTest
  @MethodSource("limits")
  void limitsAreReportedAtTheirPointerLineAndColumn(
      String template, String pointer, int line, int column) {
    String json =
        template
            .replace("NAME", "n".repeat(1_001))
            .replace("STRING", "s".repeat(1_000_001))
            .replace("NUMBER", "1".repeat(101))
            .replace("DEEP", "[".repeat(100) + "]".repeat(100));
    for (List<Problem> found :
        List.of(
            problems(() -> DiplomacyJson.strict().read(json, Dossier.class)),
            problems(
                () ->
                    DiplomacyJson.strict()
                        .read(json.getBytes(StandardCharsets.UTF_8), Dossier.class)))) {
      assertThat(found).as("%s", found).hasSize(1);
      Problem p = found.get(0);
      assertThat(p.code()).isEqualTo("json.limit");
      assertThat(p.pointer()).isEqualTo(pointer);
      assertThat(p.line()).isEqualTo(OptionalInt.of(line));
      assertThat(p.column()).isEqualTo(OptionalInt.of(column));
      assertThat(p.message()).contains("JsonLimits.max");
      inTheLibrarysWords(p);
    }
  }
}
