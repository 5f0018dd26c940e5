package dev.diplomacy.json;

import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.Mode;
import dev.diplomacy.json.format.Problem;
import dev.diplomacy.json.format.internal.JsonCodec;
import dev.diplomacy.json.format.internal.JsonInput;
import dev.diplomacy.json.internal.JacksonTokenReader;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Jackson's deserializer for a type with a {@link JsonCodec}. It reads the whole value, collecting
 * every problem, then throws them all in one {@link ProblemsException}. When the input itself fails
 * (malformed JSON, a limit) after problems were found, those problems are kept with it; a failure
 * of the stream is passed on as it is.
 */
final class CodecDeserializer<T> extends ValueDeserializer<T> {

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
  public @Nullable Object getNullValue(DeserializationContext context) {
    return codec.nullValue();
  }

  @Override
  public @Nullable T deserialize(JsonParser p, DeserializationContext context) {
    return read(codec, p, mode, maxProblems);
  }

  /**
   * Reads the value at the parser's current token with {@code codec}, as Jackson would through this
   * deserializer: every problem in one {@link ProblemsException}. For codecs that are no type's
   * registered codec, such as the lines of a dossier's NDJSON.
   */
  static <T> @Nullable T read(JsonCodec<T> codec, JsonParser p, Mode mode, int maxProblems) {
    JsonInput in = new JsonInput(new JacksonTokenReader(p), mode, maxProblems);
    try {
      T value;
      try {
        value = codec.read(in);
      } catch (JacksonIOException e) {
        // A failure of the input stream: not a problem of the document.
        throw e;
      } catch (JacksonException e) {
        if (in.problemCount() == 0) {
          throw e;
        }
        Problem failure = JacksonErrors.problem(e, p);
        in.problemAt(
            failure.pointer(),
            JacksonTokenReader.location(JacksonErrors.location(e, p)),
            failure.code(),
            failure.message());
        throw in.failure();
      }
      in.throwIfAny();
      return value;
    } catch (DiplomacyJsonException problems) {
      throw new ProblemsException(p, problems);
    }
  }
}
