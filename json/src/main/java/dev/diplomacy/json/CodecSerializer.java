package dev.diplomacy.json;

import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.internal.JsonCodec;
import dev.diplomacy.json.format.internal.JsonOutput;
import dev.diplomacy.json.internal.JacksonTokenWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** Jackson's serializer for a type with a {@link JsonCodec}. */
final class CodecSerializer<T> extends ValueSerializer<T> {

  private final JsonCodec<T> codec;

  CodecSerializer(JsonCodec<T> codec) {
    this.codec = codec;
  }

  @Override
  public Class<?> handledType() {
    return codec.type();
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializationContext context) {
    try {
      codec.write(value, new JsonOutput(new JacksonTokenWriter(g)));
    } catch (DiplomacyJsonException problems) {
      throw new ProblemsException(g, problems);
    }
  }
}
