package dev.diplomacy.json.format;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One thing wrong with a JSON document: where it is, which rule it breaks, and what, for a person.
 *
 * @param pointer the JSON Pointer (RFC 6901) of the offending value: {@code ""} for the whole
 *     document, {@code /events/3/participants/1/actor} deeper in; for an NDJSON line, within the
 *     line's value
 * @param line the line, from 1, when known; for NDJSON, the line of the file
 * @param column the column in that line, from 1, when known
 * @param code a stable code, safe to match on: {@code json.syntax}, {@code json.type}, ... (see the
 *     format's documentation), or the code of the library's validation rule, such as {@code
 *     partialDate.invalid}
 * @param message what is wrong, in plain English
 */
public record Problem(
    String pointer, OptionalInt line, OptionalInt column, String code, String message) {

  /**
   * A problem; every part is required (an unknown line or column is an empty {@code OptionalInt}).
   */
  public Problem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** This problem found on line {@code line} of a larger text, such as an NDJSON file. */
  Problem onLine(OptionalInt line) {
    return new Problem(pointer, line, column, code, message);
  }

  /**
   * {@code /events/3/date (line 4, column 12): Invalid partial date '2018-02-30': ...
   * [partialDate.invalid]}.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(pointer.isEmpty() ? "(document)" : pointer);
    if (line.isPresent()) {
      b.append(" (line ").append(line.getAsInt());
      column.ifPresent(c -> b.append(", column ").append(c));
      b.append(')');
    }
    return b.append(": ").append(message).append(" [").append(code).append(']').toString();
  }
}
