package dev.diplomacy.json.format.internal;

import java.util.OptionalInt;

/**
 * Where a token is, its line and column from 1, packed in a {@code long} so that a codec can keep
 * the start of every object it reads at no cost; {@link #UNKNOWN} where neither is known.
 */
public final class Locations {

  /** Neither line nor column known. */
  public static final long UNKNOWN = 0;

  private Locations() {}

  /** The location at {@code line} and {@code column}; a number below 1 is unknown. */
  public static long of(int line, int column) {
    return ((long) Math.max(line, 0) << 32) | Math.max(column, 0);
  }

  /** The line, if known. */
  public static OptionalInt line(long location) {
    int line = (int) (location >>> 32);
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** The column, if known. */
  public static OptionalInt column(long location) {
    int column = (int) location;
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }
}
