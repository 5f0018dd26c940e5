package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.internal.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * JSON values as the library reads and writes them: text and names that are valid Unicode, numbers
 * exactly, and any value as an {@link ExtensionValue}. The one reader and writer of the extensions
 * of the library's format and of the records of the formats read as trees (PLOVER), so that what
 * one accepts the other does.
 *
 * <p>The reader records what it refuses in a {@link Problems} and goes on; the caller gives each
 * problem its code and its place (a JSON Pointer from the parser's context).
 */
public final class JsonValues {

  /** The stand-in for a member's value that has a problem, while reading its object. */
  private static final ExtensionValue REFUSED = new ExtensionValue.NullValue();

  private JsonValues() {}

  /** Where a reader records what it refuses: each problem is of the parser's current token. */
  public interface Problems {

    /**
     * Records that a member of an object was given before in it: the parser is on the last token of
     * the second value, and the reader keeps the first.
     */
    void duplicateKey(String message);

    /**
     * Records a value that JSON allows and the library does not: text or a name with a lone
     * surrogate, a number whose exponent is beyond the range of a {@link BigDecimal}.
     */
    void format(String message);

    /** How many problems have been recorded so far, by this reader or any other. */
    int problemCount();
  }

  /** How a writer writes names and text: checked, as the library's format does, or as they are. */
  public interface Strings {

    /** Writes a property name. */
    void name(String name);

    /** Writes a string. */
    void text(String text);
  }

  /** True for the tokens a value starts with: a scalar's, {@code [} and <code>{</code>. */
  public static boolean startsAValue(JsonToken token) {
    switch (token) {
      case START_OBJECT:
      case START_ARRAY:
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_TRUE:
      case VALUE_FALSE:
      case VALUE_NULL:
        return true;
      default:
        return false;
    }
  }

  /**
   * Reads the value whose first token the parser is on ({@link #startsAValue}), and leaves it on
   * the value's last token. A member given twice in an object keeps its first value.
   *
   * @return the value, or null when a problem was recorded while reading it
   * @throws IllegalArgumentException when the parser is not on the first token of a value
   */
  public static @Nullable ExtensionValue read(TokenReader p, Problems problems) {
    JsonToken t = p.currentToken();
    if (t == null) {
      throw new IllegalArgumentException("no JSON value: the parser is at the end of its input");
    }
    switch (t) {
      case VALUE_STRING:
        String s = text(p.getString(), "the text", problems);
        return s == null ? null : new ExtensionValue.TextValue(s);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        BigDecimal d = decimal(p, problems);
        return d == null ? null : new ExtensionValue.NumberValue(d);
      case VALUE_TRUE:
        return new ExtensionValue.BooleanValue(true);
      case VALUE_FALSE:
        return new ExtensionValue.BooleanValue(false);
      case VALUE_NULL:
        return new ExtensionValue.NullValue();
      case START_ARRAY:
        return readList(p, problems);
      case START_OBJECT:
        return readMap(p, problems);
      default:
        throw new IllegalArgumentException("a JSON value cannot start with " + t);
    }
  }

  private static @Nullable ExtensionValue readList(TokenReader p, Problems problems) {
    int before = problems.problemCount();
    List<ExtensionValue> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      ExtensionValue v = read(p, problems);
      if (v != null) {
        values.add(v);
      }
    }
    return problems.problemCount() == before ? new ExtensionValue.ListValue(values) : null;
  }

  private static @Nullable ExtensionValue readMap(TokenReader p, Problems problems) {
    int before = problems.problemCount();
    Map<String, ExtensionValue> members = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = text(p.currentName(), "the property name", problems);
      p.nextToken();
      ExtensionValue v = read(p, problems);
      // A value with a problem is held by a stand-in, so that a member given twice is found
      // whether or not either value can be kept; the object is not kept then anyway.
      if (name != null && members.putIfAbsent(name, v != null ? v : REFUSED) != null) {
        problems.duplicateKey("the property \"" + name + "\" appears twice");
      }
    }
    return problems.problemCount() == before ? new ExtensionValue.MapValue(members) : null;
  }

  /**
   * {@code s}, or null after recording a problem when it is not valid Unicode.
   *
   * @param what what {@code s} is, for the problem: "the text", "the property name"
   */
  public static @Nullable String text(String s, String what, Problems problems) {
    int bad = Checks.loneSurrogate(s);
    if (bad >= 0) {
      problems.format(loneSurrogateMessage(what, s, bad));
      return null;
    }
    return s;
  }

  /** Why {@code s} is refused, given the index of its lone surrogate. */
  public static String loneSurrogateMessage(String what, String s, int index) {
    return what
        + " contains a lone surrogate (\\u"
        + String.format("%04X", (int) s.charAt(index))
        + " at index "
        + index
        + "): it is not valid Unicode";
  }

  /**
   * The number the parser is on, exactly, or null after recording a problem when it is beyond a
   * {@link BigDecimal} or its exponent is so near the end of its range that arithmetic on it would
   * overflow.
   */
  public static @Nullable BigDecimal decimal(TokenReader p, Problems problems) {
    try {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        return p.isBigInteger()
            ? new BigDecimal(p.getBigIntegerValue())
            : BigDecimal.valueOf(p.getLongValue());
      }
      BigDecimal d = p.getDecimalValue();
      // Near the end of an int's range, BigDecimal's own arithmetic (stripTrailingZeros, which
      // equality of extension values uses) overflows: refuse such exponents here.
      if ((long) d.scale() - d.precision() < Integer.MIN_VALUE
          || (long) d.scale() + d.precision() > Integer.MAX_VALUE) {
        throw new ArithmeticException("exponent out of range");
      }
      return d;
    } catch (NumberFormatException | ArithmeticException e) {
      problems.format(
          "the number " + p.getString() + " is out of range: its exponent is too large");
      return null;
    }
  }

  /** Writes {@code value}, its names and text as they are. */
  public static void write(ExtensionValue value, TokenWriter g) {
    write(
        value,
        g,
        new Strings() {
          @Override
          public void name(String name) {
            g.writeName(name);
          }

          @Override
          public void text(String text) {
            g.writeString(text);
          }
        });
  }

  /** Writes {@code value}, its names and text by {@code strings}. */
  public static void write(ExtensionValue value, TokenWriter g, Strings strings) {
    if (value instanceof ExtensionValue.TextValue text) {
      strings.text(text.value());
    } else if (value instanceof ExtensionValue.NumberValue number) {
      g.writeNumber(number.value());
    } else if (value instanceof ExtensionValue.BooleanValue bool) {
      g.writeBoolean(bool.value());
    } else if (value instanceof ExtensionValue.ListValue list) {
      g.writeStartArray();
      for (ExtensionValue v : list.values()) {
        write(v, g, strings);
      }
      g.writeEndArray();
    } else if (value instanceof ExtensionValue.MapValue map) {
      g.writeStartObject();
      for (Map.Entry<String, ExtensionValue> e : map.members().entrySet()) {
        strings.name(e.getKey());
        write(e.getValue(), g, strings);
      }
      g.writeEndObject();
    } else {
      g.writeNull();
    }
  }
}
