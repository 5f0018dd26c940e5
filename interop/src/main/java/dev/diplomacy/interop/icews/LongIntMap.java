package dev.diplomacy.interop.icews;

/**
 * A map from {@code long} keys to {@code int} values in two primitive arrays, open addressing with
 * linear probing: twelve bytes a slot, at most three slots in four full, so that an import can
 * remember millions of numeric ids (every Event ID, every Story ID) in a few tens of megabytes.
 */
final class LongIntMap {

  /** What {@link #get} gives for a key that is not in the map. */
  static final int ABSENT = Integer.MIN_VALUE;

  private long[] keys;
  private int[] values;
  private boolean[] used;
  private int size;
  private int mask;

  LongIntMap() {
    keys = new long[64];
    values = new int[64];
    used = new boolean[64];
    mask = 63;
  }

  /** How many keys the map holds. */
  int size() {
    return size;
  }

  /** The value of {@code key}, or {@link #ABSENT}. */
  int get(long key) {
    for (int i = slot(key); used[i]; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
    }
    return ABSENT;
  }

  /**
   * Puts {@code value} under {@code key} unless the key is there; gives the value it had, or {@link
   * #ABSENT}.
   */
  int putIfAbsent(long key, int value) {
    int i = slot(key);
    for (; used[i]; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
    }
    used[i] = true;
    keys[i] = key;
    values[i] = value;
    if (++size * 4L > keys.length * 3L) {
      grow();
    }
    return ABSENT;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    boolean[] oldUsed = used;
    int capacity = oldKeys.length * 2;
    keys = new long[capacity];
    values = new int[capacity];
    used = new boolean[capacity];
    mask = capacity - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldUsed[j]) {
        int i = slot(oldKeys[j]);
        while (used[i]) {
          i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }
}
