package dev.diplomacy.interop.plover;

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
 * JSON values as {@link ExtensionValue}s, the JSON-shaped values of the core: a record is read into
 * one, so that any of its fields can be kept as an extension as it was.
 */
final class Trees {

  private static final int DESCRIPTION_LENGTH = 60;

  private Trees() {}

  /**
   * Reads the value whose first token {@code p} is on, leaving {@code p} on its last token. A
   * member given twice in an object keeps its first value; the JSON Pointer of the second is added
   * to {@code duplicates}.
   */
  static ExtensionValue read(JsonParser p, String pointer, List<String> duplicates) {
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT:
        {
          Map<String, ExtensionValue> members = new LinkedHashMap<>();
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
            ExtensionValue value = read(p, at, duplicates);
            if (members.putIfAbsent(name, value) != null) {
              duplicates.add(at);
            }
          }
          return new ExtensionValue.MapValue(members);
        }
      case START_ARRAY:
        {
          List<ExtensionValue> values = new ArrayList<>();
          int i = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(read(p, pointer + "/" + i++, duplicates));
          }
          return new ExtensionValue.ListValue(values);
        }
      case VALUE_STRING:
        return ExtensionValue.of(p.getString());
      case VALUE_NUMBER_INT:
        return ExtensionValue.of(new BigDecimal(p.getBigIntegerValue()));
      case VALUE_NUMBER_FLOAT:
        return ExtensionValue.of(p.getDecimalValue());
      case VALUE_TRUE:
        return ExtensionValue.of(true);
      case VALUE_FALSE:
        return ExtensionValue.of(false);
      case VALUE_NULL:
        return ExtensionValue.ofNull();
      default:
        throw new IllegalStateException("a JSON value cannot start with " + token);
    }
  }

  /** Writes {@code value} as JSON. */
  static void write(JsonGenerator g, ExtensionValue value) {
    if (value instanceof ExtensionValue.TextValue t) {
      g.writeString(t.value());
    } else if (value instanceof ExtensionValue.NumberValue n) {
      g.writeNumber(n.value());
    } else if (value instanceof ExtensionValue.BooleanValue b) {
      g.writeBoolean(b.value());
    } else if (value instanceof ExtensionValue.NullValue) {
      g.writeNull();
    } else if (value instanceof ExtensionValue.ListValue l) {
      g.writeStartArray();
      l.values().forEach(v -> write(g, v));
      g.writeEndArray();
    } else {
      g.writeStartObject();
      ((ExtensionValue.MapValue) value)
          .members()
          .forEach(
              (name, v) -> {
                g.writeName(name);
                write(g, v);
              });
      g.writeEndObject();
    }
  }

  /** The text of a text value; null for any other value. */
  static @Nullable String text(@Nullable ExtensionValue value) {
    return value instanceof ExtensionValue.TextValue t ? t.value() : null;
  }

  /** The text of a text value, or of each element of a list of texts; null for any other value. */
  static @Nullable List<String> texts(@Nullable ExtensionValue value) {
    if (value instanceof ExtensionValue.TextValue t) {
      return List.of(t.value());
    }
    if (value instanceof ExtensionValue.ListValue l) {
      List<String> out = new ArrayList<>();
      for (ExtensionValue v : l.values()) {
        if (!(v instanceof ExtensionValue.TextValue t)) {
          return null;
        }
        out.add(t.value());
      }
      return out;
    }
    return null;
  }

  /** The element of a list of one element; any other value as it is. */
  static ExtensionValue single(ExtensionValue value) {
    return value instanceof ExtensionValue.ListValue l && l.values().size() == 1
        ? l.values().get(0)
        : value;
  }

  /** True for JSON null and for text that is empty or blank: a field given without a value. */
  static boolean isEmpty(@Nullable ExtensionValue value) {
    return value == null
        || value instanceof ExtensionValue.NullValue
        || (value instanceof ExtensionValue.TextValue t && t.value().isBlank());
  }

  /** The value in JSON, shortened for a message: {@code "diplomatic"}, {@code [1,2]}. */
  static String describe(ExtensionValue value) {
    StringBuilder b = new StringBuilder();
    describe(value, b);
    String s = b.toString();
    return s.length() <= DESCRIPTION_LENGTH ? s : s.substring(0, DESCRIPTION_LENGTH) + "...";
  }

  private static void describe(ExtensionValue value, StringBuilder b) {
    if (b.length() > DESCRIPTION_LENGTH) {
      return;
    }
    if (value instanceof ExtensionValue.TextValue t) {
      b.append('"').append(t.value()).append('"');
    } else if (value instanceof ExtensionValue.NumberValue n) {
      b.append(n.value().toPlainString());
    } else if (value instanceof ExtensionValue.BooleanValue v) {
      b.append(v.value());
    } else if (value instanceof ExtensionValue.NullValue) {
      b.append("null");
    } else if (value instanceof ExtensionValue.ListValue l) {
      b.append('[');
      for (int i = 0; i < l.values().size(); i++) {
        b.append(i > 0 ? "," : "");
        describe(l.values().get(i), b);
      }
      b.append(']');
    } else {
      b.append('{');
      boolean first = true;
      for (Map.Entry<String, ExtensionValue> e :
          ((ExtensionValue.MapValue) value).members().entrySet()) {
        b.append(first ? "" : ",").append('"').append(e.getKey()).append("\":");
        describe(e.getValue(), b);
        first = false;
      }
      b.append('}');
    }
  }
}
