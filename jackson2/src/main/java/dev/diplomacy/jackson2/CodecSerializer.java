package dev.diplomacy.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.internal.JsonCodec;
import dev.diplomacy.json.format.internal.JsonOutput;
import java.io.IOException;

/** Jackson 2's serializer for a type with a {@link JsonCodec}. */
final class CodecSerializer<T> extends JsonSerializer<T> {

  private final JsonCodec<T> codec;

  CodecSerializer(JsonCodec<T> codec) {
    this.codec = codec;
  }

  @Override
  public Class<T> handledType() {
    return codec.type();
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(codec, value, g);
  }

  /** Writes {@code value} with {@code codec}, as this serializer does. */
  static <T> void write(JsonCodec<T> codec, T value, JsonGenerator g) throws IOException {
    try {
      codec.write(value, new JsonOutput(new Jackson2TokenWriter(g)));
    } catch (DiplomacyJsonException problems) {
      throw new ProblemsException(g, problems);
    } catch (Jackson2Failure failure) {
      throw failure.getCause();
    }
  }
}
