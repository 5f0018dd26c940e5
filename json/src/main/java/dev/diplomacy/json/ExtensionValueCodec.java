package dev.diplomacy.json;

import dev.diplomacy.core.ExtensionValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Any JSON value, as an {@link ExtensionValue}: the values of extensions. Numbers keep their exact
 * decimal value ({@code 0.10}, {@code 1e400}), so what is read is written back equal.
 */
final class ExtensionValueCodec implements JsonCodec<ExtensionValue> {

  static final ExtensionValueCodec INSTANCE = new ExtensionValueCodec();

  private ExtensionValueCodec() {}

  /** A JSON null is a value like any other here. */
  @Override
  public ExtensionValue nullValue() {
    return new ExtensionValue.NullValue();
  }

  @Override
  public Class<ExtensionValue> type() {
    return ExtensionValue.class;
  }

  @Override
  public @Nullable ExtensionValue read(JsonInput in) {
    JsonToken t = in.token();
    if (t == null) {
      in.wrongType("a value");
      return null;
    }
    switch (t) {
      case VALUE_STRING:
        String s = in.text("a string");
        return s == null ? null : new ExtensionValue.TextValue(s);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        BigDecimal d = Numbers.decimal(in);
        return d == null ? null : new ExtensionValue.NumberValue(d);
      case VALUE_TRUE:
        return new ExtensionValue.BooleanValue(true);
      case VALUE_FALSE:
        return new ExtensionValue.BooleanValue(false);
      case VALUE_NULL:
        return new ExtensionValue.NullValue();
      case START_ARRAY:
        return readList(in);
      case START_OBJECT:
        return readMap(in);
      default:
        in.wrongType("a JSON value");
        return null;
    }
  }

  private static @Nullable ExtensionValue readList(JsonInput in) {
    int before = in.problemCount();
    List<ExtensionValue> values = new ArrayList<>();
    while (in.parser().nextToken() != JsonToken.END_ARRAY) {
      ExtensionValue v = INSTANCE.read(in);
      if (v != null) {
        values.add(v);
      }
    }
    return in.problemCount() == before ? new ExtensionValue.ListValue(values) : null;
  }

  private static @Nullable ExtensionValue readMap(JsonInput in) {
    int before = in.problemCount();
    JsonParser p = in.parser();
    Map<String, ExtensionValue> members = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = in.name();
      p.nextToken();
      ExtensionValue v = INSTANCE.read(in);
      if (name != null && v != null && members.putIfAbsent(name, v) != null) {
        in.problem(Codes.DUPLICATE_KEY, "the property \"" + name + "\" appears twice");
      }
    }
    return in.problemCount() == before ? new ExtensionValue.MapValue(members) : null;
  }

  @Override
  public void write(ExtensionValue value, JsonOutput out) {
    JsonGenerator g = out.generator();
    if (value instanceof ExtensionValue.TextValue text) {
      out.text(text.value());
    } else if (value instanceof ExtensionValue.NumberValue number) {
      g.writeNumber(number.value());
    } else if (value instanceof ExtensionValue.BooleanValue bool) {
      g.writeBoolean(bool.value());
    } else if (value instanceof ExtensionValue.ListValue list) {
      g.writeStartArray();
      for (ExtensionValue v : list.values()) {
        write(v, out);
      }
      g.writeEndArray();
    } else if (value instanceof ExtensionValue.MapValue map) {
      g.writeStartObject();
      for (Map.Entry<String, ExtensionValue> e : map.members().entrySet()) {
        out.name(e.getKey());
        write(e.getValue(), out);
      }
      g.writeEndObject();
    } else {
      g.writeNull();
    }
  }
}
