package dev.diplomacy.json.format.internal;

import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.Problem;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * How a document may start: UTF-8 JSON text has no byte-order mark and no zero byte among its first
 * four bytes (RFC 8259, section 8.1). Both bindings check it before their parser reads a byte.
 */
public final class DocumentStart {

  /** How many bytes the check needs at most. */
  public static final int BYTES = ByteOrderMarks.LONGEST;

  private DocumentStart() {}

  /** Refuses bytes that cannot start UTF-8 JSON text: a byte-order mark, or UTF-16 or UTF-32. */
  public static void check(byte[] bytes, int length) {
    DiplomacyJsonException problem = problem(bytes, length);
    if (problem != null) {
      throw problem;
    }
  }

  /** The problem of bytes that cannot start UTF-8 JSON text, or null. */
  public static @Nullable DiplomacyJsonException problem(byte[] bytes, int length) {
    if (ByteOrderMarks.startsWithOne(bytes, length)) {
      return byteOrderMark();
    }
    if (ByteOrderMarks.startsWithAZeroByte(bytes, length)) {
      return DiplomacyJsonException.of(
          atStart(
              Codes.SYNTAX,
              "the document is not UTF-8 text: it has a zero byte among its first four bytes (UTF-16 or UTF-32?)"));
    }
    return null;
  }

  /** The problem of a document that starts with a byte-order mark. */
  public static DiplomacyJsonException byteOrderMark() {
    return DiplomacyJsonException.of(
        atStart(
            Codes.SYNTAX,
            "the document starts with a byte-order mark: JSON text must not (RFC 8259, section 8.1)"));
  }

  /** A problem at the start of the document. */
  public static Problem atStart(String code, String message) {
    return new Problem("", OptionalInt.of(1), OptionalInt.of(1), code, message);
  }
}
