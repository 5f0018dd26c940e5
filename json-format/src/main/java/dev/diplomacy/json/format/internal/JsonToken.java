package dev.diplomacy.json.format.internal;

/**
 * The tokens of JSON as the codecs see them, whichever Jackson reads them: named as Jackson names
 * its own, so that a codec reads the same against either binding. The end of the input is null.
 */
public enum JsonToken {
  /** <code>{</code> */
  START_OBJECT,
  /** <code>}</code> */
  END_OBJECT,
  /** {@code [} */
  START_ARRAY,
  /** {@code ]} */
  END_ARRAY,
  /** The name of a member of an object. */
  PROPERTY_NAME,
  /** A string value. */
  VALUE_STRING,
  /** A number with neither fraction nor exponent. */
  VALUE_NUMBER_INT,
  /** A number with a fraction or an exponent. */
  VALUE_NUMBER_FLOAT,
  /** {@code true} */
  VALUE_TRUE,
  /** {@code false} */
  VALUE_FALSE,
  /** {@code null} */
  VALUE_NULL
}
