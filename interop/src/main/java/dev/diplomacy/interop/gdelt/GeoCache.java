package dev.diplomacy.interop.gdelt;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The geographies a reader has read, by the text of their eight columns, looked up in the row's
 * text where it stands, without copying it. Holds at most {@value #LIMIT}; cleared when full.
 */
final class GeoCache {

  /** How many geographies are remembered before the cache is cleared. */
  static final int LIMIT = 4096;

  private static final int SLOTS = LIMIT * 2;

  /** How many characters, at the end of a key, its slot is found from. */
  private static final int HASHED = 24;

  private final String[] keys = new String[SLOTS];
  private final GdeltRow.Geo[] geos = new GdeltRow.Geo[SLOTS];
  private int size;

  /** The geography of {@code text} from {@code start} to {@code end}, if it was read before. */
  GdeltRow.@Nullable Geo get(String text, int start, int end) {
    int length = end - start;
    for (int i = slot(text, start, end); ; i = (i + 1) & (SLOTS - 1)) {
      String key = keys[i];
      if (key == null) {
        return null;
      }
      if (key.length() == length && text.regionMatches(start, key, 0, length)) {
        return geos[i];
      }
    }
  }

  /** Remembers {@code geo} as the geography of {@code text} from {@code start} to {@code end}. */
  void put(String text, int start, int end, GdeltRow.Geo geo) {
    if (size >= LIMIT) {
      Arrays.fill(keys, null);
      Arrays.fill(geos, null);
      size = 0;
    }
    int i = slot(text, start, end);
    while (keys[i] != null) {
      i = (i + 1) & (SLOTS - 1);
    }
    keys[i] = text.substring(start, end);
    geos[i] = geo;
    size++;
  }

  /**
   * The first slot of a key: a hash of its length and its last {@value #HASHED} characters, which
   * hold its coordinates and feature id, the columns that tell places apart; the whole key is
   * compared on a hit.
   */
  private static int slot(String text, int start, int end) {
    int h = end - start;
    for (int i = Math.max(start, end - HASHED); i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    h ^= h >>> 16;
    return (h * 0x9E3779B1) >>> 19 & (SLOTS - 1);
  }
}
