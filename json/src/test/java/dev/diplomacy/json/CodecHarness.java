package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.Mode;
import dev.diplomacy.json.format.Problem;
import dev.diplomacy.json.format.internal.JsonCodec;
import dev.diplomacy.json.format.internal.JsonInput;
import dev.diplomacy.json.format.internal.JsonOutput;
import dev.diplomacy.json.internal.JacksonTokenReader;
import dev.diplomacy.json.internal.JacksonTokenWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes with a codec directly, and compares JSON: the tests' tools. */
final class CodecHarness {

  /** A plain mapper for comparing documents: exact numbers, no limits of ours. */
  private static final JsonMapper TREES =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private CodecHarness() {}

  /**
   * Reads {@code json} with {@code codec}, as the module does, under the strict mapper's limits.
   */
  static <T> T read(JsonCodec<T> codec, String json, Mode mode) {
    JsonParser p = DiplomacyJson.strict().mapper().createParser(json);
    try (p) {
      p.nextToken();
      JsonInput in = new JsonInput(new JacksonTokenReader(p), mode, 100);
      T value = codec.read(in);
      in.throwIfAny();
      assertThat(value).isNotNull();
      return value;
    } catch (JacksonException e) {
      throw JacksonErrors.translate(e, p);
    }
  }

  static <T> T read(JsonCodec<T> codec, String json) {
    return read(codec, json, Mode.STRICT);
  }

  /** {@code value} written by {@code codec}. */
  static <T> String write(JsonCodec<T> codec, T value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = DiplomacyJson.strict().mapper().createGenerator(out)) {
      codec.write(value, new JsonOutput(new JacksonTokenWriter(g)));
    } catch (JacksonException e) {
      throw JacksonErrors.translate(e, null);
    }
    return out.toString();
  }

  /**
   * The problems {@code call} throws in a {@link DiplomacyJsonException}; fails when it throws
   * none.
   */
  static List<Problem> problems(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(DiplomacyJsonException.class);
    return ((DiplomacyJsonException) thrown).problems();
  }

  /**
   * The pointers and codes of the problems {@code call} throws, as tuples, for {@code
   * containsExactly}.
   */
  static List<Tuple> pointersAndCodes(ThrowingCallable call) {
    return problems(call).stream()
        .map(p -> new Tuple(p.pointer(), p.code()))
        .collect(Collectors.toList());
  }

  static Tuple at(String pointer, String code) {
    return new Tuple(pointer, code);
  }

  /** {@code json} as a tree, numbers exact. */
  static JsonNode tree(String json) {
    return TREES.readTree(json);
  }

  /** True when the two documents are the same JSON, numbers compared by value. */
  static boolean sameJson(String a, String b) {
    return tree(a).equals(CodecHarness::compare, tree(b));
  }

  private static int compare(JsonNode x, JsonNode y) {
    if (x.isNumber() && y.isNumber()) {
      return x.decimalValue().compareTo(y.decimalValue());
    }
    return x.equals(y) ? 0 : 1;
  }
}
