package dev.diplomacy.json.format.internal;

import java.math.BigDecimal;

/**
 * The tokens of a JSON output, as the codecs write them: the little of a Jackson generator that the
 * format needs, named as in Jackson, with one implementation per binding. A failure of the
 * generator passes through as the binding's own exception.
 */
public interface TokenWriter {

  /** Writes a property name known in advance. */
  void writeName(SerializedString name);

  /** Writes a property name, as it is. */
  void writeName(String name);

  /** Writes a string, as it is. */
  void writeString(String text);

  /** Writes a number. */
  void writeNumber(int n);

  /** Writes a number. */
  void writeNumber(long n);

  /** Writes a finite number. */
  void writeNumber(double n);

  /** Writes a number as {@link BigDecimal#toString()} does. */
  void writeNumber(BigDecimal n);

  /** Writes {@code true} or {@code false}. */
  void writeBoolean(boolean b);

  /** Writes {@code null}. */
  void writeNull();

  /** Starts an object, the JSON of {@code value}. */
  void writeStartObject(Object value);

  /** Starts an object. */
  void writeStartObject();

  /** Ends an object. */
  void writeEndObject();

  /** Starts an array. */
  void writeStartArray();

  /** Ends an array. */
  void writeEndArray();

  /**
   * The pointer of the value about to be written: after a property name, that property's; in an
   * array, the next element's.
   */
  String pointer();

  /** The pointer of the object being written, between its start and its end. */
  String objectPointer();
}
