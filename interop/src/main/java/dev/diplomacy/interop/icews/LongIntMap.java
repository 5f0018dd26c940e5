package dev.diplomacy.interop.icews;

import java.util.Arrays;

/**
 * A map from {@code long} keys, none negative, to {@code int} values in two primitive arrays, open
 * addressing with linear probing: twelve bytes a slot, at most three slots in four full, so that an
 * import can remember millions of numeric ids (every Event ID, every Story ID) in a few tens of
 * megabytes. A slot is free when its key is -1: a search reads the keys only, and the value of the
 * slot it stops at.
 */
final class LongIntMap {

  /** What {@link #get} gives for a key that is not in the map. */
  static final int ABSENT = Integer.MIN_VALUE;

  private static final long FREE = -1;

  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  LongIntMap() {
    keys = free(64);
    values = new int[64];
    mask = 63;
  }

  private static long[] free(int capacity) {
    long[] keys = new long[capacity];
    Arrays.fill(keys, FREE);
    return keys;
  }

  /** How many keys the map holds. */
  int size() {
    return size;
  }

  /** The value of {@code key}, or {@link #ABSENT}. */
  int get(long key) {
    checkKey(key);
    for (int i = slot(key); keys[i] != FREE; i = (i + 1) & mask) {
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
    checkKey(key);
    int i = slot(key);
    for (; keys[i] != FREE; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
    }
    keys[i] = key;
    values[i] = value;
    if (++size * 4L > keys.length * 3L) {
      grow();
    }
    return ABSENT;
  }

  private static void checkKey(long key) {
    if (key < 0) {
      throw new IllegalArgumentException("a key is not negative: " + key);
    }
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    int capacity = oldKeys.length * 2;
    keys = free(capacity);
    values = new int[capacity];
    mask = capacity - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != FREE) {
        int i = slot(oldKeys[j]);
        while (keys[i] != FREE) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }
}
