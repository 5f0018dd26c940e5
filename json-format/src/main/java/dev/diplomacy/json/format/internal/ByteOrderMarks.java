package dev.diplomacy.json.format.internal;

/**
 * What UTF-8 JSON text cannot start with, and the binding refuses rather than guesses around:
 * byte-order marks (RFC 8259, section 8.1: UTF-8's, UTF-16's and UTF-32's), and a zero byte among
 * the first four, the sign of UTF-16 or UTF-32 text, which Jackson would otherwise detect and
 * decode although the format is UTF-8 only.
 */
public final class ByteOrderMarks {

  /** The length of the longest mark. */
  static final int LONGEST = 4;

  private ByteOrderMarks() {}

  /** True when the first {@code length} bytes of {@code b} start with a byte-order mark. */
  static boolean startsWithOne(byte[] b, int length) {
    return (length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF)
        || (length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
        || (length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)
        || (length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF);
  }

  /**
   * True when one of the first four of the first {@code length} bytes is zero: text in UTF-16 or
   * UTF-32, or not text at all. JSON in UTF-8 never holds a raw zero byte.
   */
  static boolean startsWithAZeroByte(byte[] b, int length) {
    for (int i = 0; i < Math.min(LONGEST, length); i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
