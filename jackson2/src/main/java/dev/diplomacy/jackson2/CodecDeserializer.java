package dev.diplomacy.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.Mode;
import dev.diplomacy.json.format.Problem;
import dev.diplomacy.json.format.internal.JsonCodec;
import dev.diplomacy.json.format.internal.JsonInput;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Jackson 2's deserializer for a type with a {@link JsonCodec}. It reads the whole value,
 * collecting every problem, then throws them all in one {@link ProblemsException}. When the input
 * itself fails (malformed JSON, a limit) after problems were found, those problems are kept with
 * it; a failure of the stream is passed on as it is.
 */
final class CodecDeserializer<T> extends JsonDeserializer<T> {

  private final JsonCodec<T> codec;
  private final Mode mode;
  private final int maxProblems;

  CodecDeserializer(JsonCodec<T> codec, Mode mode, int maxProblems) {
    this.codec = codec;
    this.mode = mode;
    this.maxProblems = maxProblems;
  }

  @Override
  public Class<?> handledType() {
    return codec.type();
  }

  @Override
  public @Nullable T getNullValue(DeserializationContext context) {
    return codec.nullValue();
  }

  @Override
  public @Nullable T deserialize(JsonParser p, DeserializationContext context) throws IOException {
    return read(codec, p, mode, maxProblems);
  }

  /**
   * Reads the value at the parser's current token with {@code codec}, as Jackson would through this
   * deserializer: every problem in one {@link ProblemsException}.
   */
  static <T> @Nullable T read(JsonCodec<T> codec, JsonParser p, Mode mode, int maxProblems)
      throws IOException {
    JsonInput in = new JsonInput(new Jackson2TokenReader(p), mode, maxProblems);
    try {
      T value;
      try {
        value = codec.read(in);
      } catch (Jackson2Failure failure) {
        IOException e = failure.getCause();
        if (!(e instanceof JsonProcessingException jackson) || in.problemCount() == 0) {
          // A failure of the input stream, or the only problem: passed on as it is.
          throw e;
        }
        Problem problem = Jackson2Errors.problem(jackson, p);
        in.problemAt(
            problem.pointer(),
            Jackson2TokenReader.location(Jackson2Errors.location(jackson, p)),
            problem.code(),
            problem.message());
        throw in.failure();
      }
      in.throwIfAny();
      return value;
    } catch (DiplomacyJsonException problems) {
      throw new ProblemsException(p, problems);
    }
  }
}
