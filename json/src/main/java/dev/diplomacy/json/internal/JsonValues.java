package dev.diplomacy.json.internal;

import dev.diplomacy.core.ExtensionValue;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * JSON values on Jackson 3 parsers and generators, as the library's format reads and writes them
 * (the format's own {@code JsonValues}, which this calls): for the formats read as trees (PLOVER),
 * so that what one accepts the other does.
 */
public final class JsonValues {

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
     * surrogate, a number whose exponent is beyond the range of a {@link java.math.BigDecimal}.
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
    dev.diplomacy.json.format.internal.JsonToken ours = JacksonTokenReader.token(token);
    return ours != null && dev.diplomacy.json.format.internal.JsonValues.startsAValue(ours);
  }

  /**
   * Reads the value whose first token the parser is on, and leaves it on the value's last token. A
   * member given twice in an object keeps its first value.
   *
   * @return the value, or null when a problem was recorded while reading it
   * @throws IllegalArgumentException when the parser is not on the first token of a value
   */
  public static @Nullable ExtensionValue read(JsonParser p, Problems problems) {
    return dev.diplomacy.json.format.internal.JsonValues.read(
        new JacksonTokenReader(p),
        new dev.diplomacy.json.format.internal.JsonValues.Problems() {
          @Override
          public void duplicateKey(String message) {
            problems.duplicateKey(message);
          }

          @Override
          public void format(String message) {
            problems.format(message);
          }

          @Override
          public int problemCount() {
            return problems.problemCount();
          }
        });
  }

  /** Writes {@code value}, its names and text by {@code strings}. */
  public static void write(ExtensionValue value, JsonGenerator g, Strings strings) {
    dev.diplomacy.json.format.internal.JsonValues.write(
        value,
        new JacksonTokenWriter(g),
        new dev.diplomacy.json.format.internal.JsonValues.Strings() {
          @Override
          public void name(String name) {
            strings.name(name);
          }

          @Override
          public void text(String text) {
            strings.text(text);
          }
        });
  }

  /** Writes {@code value}, its names and text as they are. */
  public static void write(ExtensionValue value, JsonGenerator g) {
    dev.diplomacy.json.format.internal.JsonValues.write(value, new JacksonTokenWriter(g));
  }
}
