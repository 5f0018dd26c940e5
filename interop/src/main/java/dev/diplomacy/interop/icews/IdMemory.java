package dev.diplomacy.interop.icews;

import java.util.HashMap;
import java.util.Map;

/**
 * The ids an import has read (Event IDs, Story IDs), each with an {@code int} (the line where it
 * was first read, the publisher of a story). ICEWS's ids are numbers: those written as a number
 * without leading zeros, up to 18 digits, are kept as {@code long}s in a {@link LongIntMap}, about
 * 16 to 32 bytes each (a slot of 12 bytes, the table between three eighths and three quarters
 * full); any other id in a hash map of strings.
 */
final class IdMemory {

  /** What {@link #get} and {@link #putIfAbsent} give for an id not read before. */
  static final int ABSENT = LongIntMap.ABSENT;

  private final LongIntMap numbers = new LongIntMap();
  private final Map<String, Integer> others = new HashMap<>();

  /** The value of {@code id}, or {@link #ABSENT}. */
  int get(String id) {
    long n = number(id);
    if (n >= 0) {
      return numbers.get(n);
    }
    return others.getOrDefault(id, ABSENT);
  }

  /**
   * Remembers {@code id} with {@code value} unless it is known; gives its value, or {@link
   * #ABSENT}.
   */
  int putIfAbsent(String id, int value) {
    long n = number(id);
    if (n >= 0) {
      return numbers.putIfAbsent(n, value);
    }
    Integer old = others.putIfAbsent(id, value);
    return old == null ? ABSENT : old;
  }

  /** How many ids are remembered. */
  int size() {
    return numbers.size() + others.size();
  }

  /** The id as a number when it is written as one without leading zeros; else -1. */
  static long number(String id) {
    int length = id.length();
    if (length == 0 || length > 18 || (length > 1 && id.charAt(0) == '0')) {
      return -1;
    }
    long n = 0;
    for (int i = 0; i < length; i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
