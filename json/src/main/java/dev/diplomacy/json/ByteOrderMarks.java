package dev.diplomacy.json;

/**
 * Byte-order marks, which JSON text must not start with (RFC 8259, section 8.1) and which the
 * binding refuses rather than skips: UTF-8's, UTF-16's and UTF-32's.
 */
final class ByteOrderMarks {

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
}
