package dev.diplomacy.interop.gdelt;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The geographies a reader has read, by the bytes of their eight columns, looked up in the row's
 * bytes where they stand, without copying them. Holds at most {@value #LIMIT}; cleared when full.
 * The bytes are a row's ISO 8859-1 bytes, one a character: the reader uses the cache only for rows
 * whose every character is in ISO 8859-1, so that equal bytes are equal text.
 */
final class GeoCache {

  /** How many geographies are remembered before the cache is cleared. */
  static final int LIMIT = 4096;

  private static final int SLOTS = LIMIT * 2;

  /** How many bytes, at the end of a key, its slot is found from. */
  private static final int HASHED = 24;

  private final byte[][] keys = new byte[SLOTS][];
  private final GdeltRow.Geo[] geos = new GdeltRow.Geo[SLOTS];
  private int size;

  /** The geography of {@code row} from {@code start} to {@code end}, if it was read before. */
  GdeltRow.@Nullable Geo get(byte[] row, int start, int end) {
    int length = end - start;
    for (int i = slot(row, start, end); ; i = (i + 1) & (SLOTS - 1)) {
      byte[] key = keys[i];
      if (key == null) {
        return null;
      }
      if (key.length == length && Arrays.equals(key, 0, length, row, start, end)) {
        return geos[i];
      }
    }
  }

  /** Remembers {@code geo} as the geography of {@code row} from {@code start} to {@code end}. */
  void put(byte[] row, int start, int end, GdeltRow.Geo geo) {
    if (size >= LIMIT) {
      Arrays.fill(keys, null);
      Arrays.fill(geos, null);
      size = 0;
    }
    int i = slot(row, start, end);
    while (keys[i] != null) {
      i = (i + 1) & (SLOTS - 1);
    }
    keys[i] = Arrays.copyOfRange(row, start, end);
    geos[i] = geo;
    size++;
  }

  /**
   * The first slot of a key: a hash of its length and its last {@value #HASHED} bytes, which hold
   * its coordinates and feature id, the columns that tell places apart; the whole key is compared
   * on a hit.
   */
  private static int slot(byte[] row, int start, int end) {
    int h = end - start;
    for (int i = Math.max(start, end - HASHED); i < end; i++) {
      h = 31 * h + row[i];
    }
    h ^= h >>> 16;
    return (h * 0x9E3779B1) >>> 19 & (SLOTS - 1);
  }
}
