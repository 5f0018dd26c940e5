package dev.diplomacy.json.format.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Searches and hashes of byte ranges, eight bytes at a time: the lines of a large file are read
 * through these before anything is decoded.
 */
public final class Bytes {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  private Bytes() {}

  /**
   * The high bit of each byte of {@code word} that equals the byte {@code value}; exact for the
   * lowest such byte (a higher one may be marked falsely after it).
   */
  private static long matches(long word, long value) {
    long x = word ^ (value * ONES);
    return (x - ONES) & ~x & HIGHS;
  }

  /** The first index from {@code from} to {@code to} of the byte {@code value}, or {@code to}. */
  public static int indexOf(byte[] bytes, int from, int to, byte value) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long m = matches((long) LONGS.get(bytes, i), value);
      if (m != 0) {
        return i + (Long.numberOfTrailingZeros(m) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return to;
  }

  /**
   * The first index from {@code from} to {@code to} of a line break ({@code \n} or {@code \r}), or
   * {@code to}.
   */
  public static int lineBreak(byte[] bytes, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long word = (long) LONGS.get(bytes, i);
      long m = matches(word, '\n') | matches(word, '\r');
      if (m != 0) {
        return i + (Long.numberOfTrailingZeros(m) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (bytes[i] == '\n' || bytes[i] == '\r') {
        return i;
      }
    }
    return to;
  }

  /**
   * Splits the ASCII bytes from {@code from} to {@code to} at each {@code separator}, in one pass
   * eight bytes at a time: field {@code i} is from {@code starts[i]} to {@code starts[i + 1] - 1},
   * as far as {@code starts} has room (the entry after the last field is {@code to + 1}). Gives how
   * many fields there are, what {@code String.split(separator, -1)} would give; or -1, with {@code
   * starts} undefined, when a byte is not ASCII. The entries of {@code starts} past the one after
   * the last field may be written to.
   */
  public static int asciiFields(byte[] bytes, int from, int to, byte separator, int[] starts) {
    long pattern = separator * ONES;
    long any = 0;
    int fields = 0;
    int room = starts.length - 1; // the last entry a start can be written to
    if (starts.length > 0) {
      starts[0] = from;
    }
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long word = (long) LONGS.get(bytes, i);
      any |= word;
      long x = word ^ pattern;
      // the high bit of exactly the bytes of x that are zero, with no borrow between bytes
      long m = ~(((x & ~HIGHS) + ~HIGHS) | x | ~HIGHS);
      if ((m & (m - 1)) == 0 && fields < room) {
        // No separator or one, as in most words of a row, without a branch on which: the start
        // after it is written either way (past the last field, where the end is written later)
        // and counted only when there is a separator.
        starts[fields + 1] = i + (Long.numberOfTrailingZeros(m) >>> 3) + 1;
        fields += (int) ((m | -m) >>> 63);
      } else {
        while (m != 0) {
          fields++;
          if (fields < starts.length) {
            starts[fields] = i + (Long.numberOfTrailingZeros(m) >>> 3) + 1;
          }
          m &= m - 1;
        }
      }
    }
    for (; i < to; i++) {
      byte b = bytes[i];
      any |= b;
      if (b == separator) {
        fields++;
        if (fields < starts.length) {
          starts[fields] = i + 1;
        }
      }
    }
    if ((any & HIGHS) != 0) {
      return -1;
    }
    fields++;
    if (fields < starts.length) {
      starts[fields] = to + 1;
    }
    return fields;
  }

  /** True when every byte from {@code from} to {@code to} is ASCII (below 0x80). */
  public static boolean isAscii(byte[] bytes, int from, int to) {
    long any = 0;
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      any |= (long) LONGS.get(bytes, i);
    }
    for (; i < to; i++) {
      any |= bytes[i];
    }
    return (any & HIGHS) == 0;
  }

  /**
   * A hash of the bytes from {@code from} to {@code to}, the same wherever they stand: of their
   * number and of their first and last 16 bytes (all of them, when there are up to 32). Bytes
   * between those do not change it. Its four words are multiplied apart from each other, so that
   * the hash takes the time of one multiplication, not of a chain of them.
   */
  public static int endsHash(byte[] bytes, int from, int to) {
    int n = to - from;
    long a;
    long b;
    long c = 0;
    long d = 0;
    if (n >= Long.BYTES) {
      a = (long) LONGS.get(bytes, from);
      b = (long) LONGS.get(bytes, to - Long.BYTES);
      if (n >= 2 * Long.BYTES) {
        c = (long) LONGS.get(bytes, from + Long.BYTES);
        d = (long) LONGS.get(bytes, to - 2 * Long.BYTES);
      }
    } else {
      a = 0;
      for (int i = from; i < to; i++) {
        a = a << 8 | (bytes[i] & 0xFF);
      }
      b = 0;
    }
    long h =
        n * 0x9E3779B97F4A7C15L
            + a * 0xC2B2AE3D27D4EB4FL
            + (b ^ 0x165667B19E3779F9L) * 0xD6E8FEB86659FD93L
            + c * 0xFF51AFD7ED558CCDL
            + d * 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 29;
    h *= 0xBF58476D1CE4E5B9L;
    h ^= h >>> 32;
    return (int) h;
  }
}
