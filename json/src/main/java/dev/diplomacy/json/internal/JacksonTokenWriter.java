package dev.diplomacy.json.internal;

import dev.diplomacy.json.format.internal.BindingCache;
import dev.diplomacy.json.format.internal.SerializedString;
import dev.diplomacy.json.format.internal.TokenWriter;
import java.math.BigDecimal;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;

/**
 * The format's tokens written by a Jackson 3 generator: the Jackson 3 binding's {@link
 * TokenWriter}.
 */
public final class JacksonTokenWriter implements TokenWriter {

  /** A name as Jackson serializes it, once. */
  private static final Function<BindingCache, SerializableString> SERIALIZED =
      name -> new tools.jackson.core.io.SerializedString(((SerializedString) name).getValue());

  private final JsonGenerator generator;

  /** The tokens {@code generator} writes. */
  public JacksonTokenWriter(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void writeName(SerializedString name) {
    generator.writeName(name.prepared(BindingCache.JACKSON_3, SERIALIZED));
  }

  @Override
  public void writeName(String name) {
    generator.writeName(name);
  }

  @Override
  public void writeString(String text) {
    generator.writeString(text);
  }

  @Override
  public void writeNumber(int n) {
    generator.writeNumber(n);
  }

  @Override
  public void writeNumber(long n) {
    generator.writeNumber(n);
  }

  @Override
  public void writeNumber(double n) {
    generator.writeNumber(n);
  }

  @Override
  public void writeNumber(BigDecimal n) {
    generator.writeNumber(n);
  }

  @Override
  public void writeBoolean(boolean b) {
    generator.writeBoolean(b);
  }

  @Override
  public void writeNull() {
    generator.writeNull();
  }

  @Override
  public void writeStartObject(Object value) {
    generator.writeStartObject(value);
  }

  @Override
  public void writeStartObject() {
    generator.writeStartObject();
  }

  @Override
  public void writeEndObject() {
    generator.writeEndObject();
  }

  @Override
  public void writeStartArray() {
    generator.writeStartArray();
  }

  @Override
  public void writeEndArray() {
    generator.writeEndArray();
  }

  @Override
  public String pointer() {
    TokenStreamContext context = generator.streamWriteContext();
    if (context.inArray()) {
      TokenStreamContext parent = context.getParent();
      String array = parent == null ? "" : parent.pathAsPointer().toString();
      return array + "/" + (context.getCurrentIndex() + 1);
    }
    return context.pathAsPointer().toString();
  }

  @Override
  public String objectPointer() {
    TokenStreamContext parent = generator.streamWriteContext().getParent();
    return parent == null ? "" : parent.pathAsPointer().toString();
  }
}
