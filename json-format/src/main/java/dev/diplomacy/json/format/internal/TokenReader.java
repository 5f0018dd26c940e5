package dev.diplomacy.json.format.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of a JSON input, as the codecs read them: the little of a Jackson parser that the
 * format needs, named as in Jackson, with one implementation per binding. A failure of the parser
 * (malformed JSON, a limit, the stream) passes through as the binding's own exception.
 */
public interface TokenReader {

  /** The current token; null before the first and after the last. */
  @Nullable JsonToken currentToken();

  /** Moves to the next token and gives it; null at the end of the input. */
  @Nullable JsonToken nextToken();

  /**
   * Moves to the next token: the name of the next member of the current object, given, or its end,
   * null.
   */
  @Nullable String nextName();

  /**
   * Moves to the next token and matches it against {@code matcher}: the index of the name, {@link
   * NameMatcher#MATCH_UNKNOWN_NAME} for another name, {@link NameMatcher#MATCH_END_OBJECT} at the
   * end of the object.
   */
  int nextNameMatch(NameMatcher matcher);

  /** The name of the current member (on its name or its value). */
  String currentName();

  /** The text of the current token: a string's value, a number as written. */
  String getString();

  /** The current number as a double (infinite when too large). */
  double getDoubleValue();

  /** The current whole number, which is no {@link #isBigInteger() big integer}. */
  long getLongValue();

  /** True when the current whole number is beyond a {@code long}. */
  boolean isBigInteger();

  /** The current whole number. */
  BigInteger getBigIntegerValue();

  /** The current number, exactly. */
  BigDecimal getDecimalValue();

  /** Skips to the last token of the array or object the current token starts; else stays. */
  void skipChildren();

  /**
   * The JSON Pointer of the current token, within what this reader reads: of the value for a value
   * or the start of an array or object, of the array or object itself for its end, of the property
   * for a property name.
   */
  String pointer();

  /** Where the current token starts ({@link Locations}). */
  long currentTokenLocation();

  /**
   * A buffer for the members of the object being read, which starts with the object's start: see
   * {@link ObjectBuffer}.
   */
  ObjectBuffer bufferObject();

  /** A copy of an object's members, to read again from its start. */
  interface ObjectBuffer {

    /** Copies the member whose name the reader is on, name and value, leaving it on its end. */
    void copyMember();

    /**
     * Ends the object and gives a reader of the copy, before its first token, whose pointers are
     * those within the object.
     */
    TokenReader reader();
  }
}
