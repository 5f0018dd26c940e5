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

  /** A hash of the bytes from {@code from} to {@code to}, the same wherever they stand. */
  public static int hash(byte[] bytes, int from, int to) {
    long h = to - from;
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      h = (h + (long) LONGS.get(bytes, i)) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    for (; i < to; i++) {
      h = (h + bytes[i]) * 0x9E3779B97F4A7C15L;
    }
    h ^= h >>> 32;
    return (int) h;
  }
}
