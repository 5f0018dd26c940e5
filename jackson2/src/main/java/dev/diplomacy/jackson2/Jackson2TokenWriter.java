package dev.diplomacy.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.SerializableString;
import dev.diplomacy.json.format.internal.BindingCache;
import dev.diplomacy.json.format.internal.SerializedString;
import dev.diplomacy.json.format.internal.TokenWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The format's tokens written by a Jackson 2 generator: the Jackson 2 binding's {@link
 * TokenWriter}.
 */
final class Jackson2TokenWriter implements TokenWriter {

  /** A name as Jackson serializes it, once. */
  private static final Function<BindingCache, SerializableString> SERIALIZED =
      name ->
          new com.fasterxml.jackson.core.io.SerializedString(((SerializedString) name).getValue());

  private final JsonGenerator generator;

  Jackson2TokenWriter(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void writeName(SerializedString name) {
    try {
      generator.writeFieldName(name.prepared(BindingCache.JACKSON_2, SERIALIZED));
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void writeName(String name) {
    try {
      generator.writeFieldName(name);
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void writeString(String text) {
    try {
      generator.writeString(text);
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void writeNumber(int n) {
    try {
      generator.writeNumber(n);
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void writeNumber(long n) {
    try {
      generator.writeNumber(n);
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void writeNumber(double n) {
    try {
      generator.writeNumber(n);
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void writeNumber(BigDecimal n) {
    try {
      generator.writeNumber(n);
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void writeBoolean(boolean b) {
    try {
      generator.writeBoolean(b);
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void writeNull() {
    try {
      generator.writeNull();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void writeStartObject(Object value) {
    try {
      generator.writeStartObject(value);
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void writeStartObject() {
    try {
      generator.writeStartObject();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void writeEndObject() {
    try {
      generator.writeEndObject();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void writeStartArray() {
    try {
      generator.writeStartArray();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public void writeEndArray() {
    try {
      generator.writeEndArray();
    } catch (IOException e) {
      throw new Jackson2Failure(e);
    }
  }

  @Override
  public String pointer() {
    JsonStreamContext context = generator.getOutputContext();
    if (context.inArray()) {
      JsonStreamContext parent = context.getParent();
      String array = parent == null ? "" : parent.pathAsPointer().toString();
      return array + "/" + (context.getCurrentIndex() + 1);
    }
    return context.pathAsPointer().toString();
  }

  @Override
  public String objectPointer() {
    JsonStreamContext parent = generator.getOutputContext().getParent();
    return parent == null ? "" : parent.pathAsPointer().toString();
  }
}
