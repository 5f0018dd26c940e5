package dev.diplomacy.interop.plover;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.json.internal.JsonValues;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The fields of a record, as the {@link ExtensionValue}s it is read into ({@link
 * dev.diplomacy.json.internal.JsonValues}), so that any of them can be kept as an extension as it
 * was: their text, and their description in a message.
 */
final class Trees {

  private static final int DESCRIPTION_LENGTH = 60;
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private Trees() {}

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

  /** The value in JSON, in full. */
  static String json(ExtensionValue value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      JsonValues.write(value, g);
    }
    return out.toString();
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
