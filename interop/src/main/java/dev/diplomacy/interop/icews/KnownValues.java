package dev.diplomacy.interop.icews;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The values read from the field texts of recent rows, so that a text that comes back (a date, a
 * code, an intensity, a country's name) is read and checked once. Only good values are kept: a text
 * that cannot be read is read again, and reported again, in every row that has it. Holds at most
 * {@value #LIMIT} values and is emptied when full.
 *
 * @param <V> what a text is read as
 */
final class KnownValues<V> {

  /** How many values are held before the table is emptied. */
  static final int LIMIT = 4096;

  private final Map<String, V> values = new HashMap<>();
  private final Function<String, @Nullable V> read;

  /**
   * @param read reads a text, or gives null when it cannot (and then reports nothing itself)
   */
  KnownValues(Function<String, @Nullable V> read) {
    this.read = read;
  }

  /** The value of {@code text}, or null when it cannot be read. */
  @Nullable V get(String text) {
    V known = values.get(text);
    if (known != null) {
      return known;
    }
    V value = read.apply(text);
    if (value != null) {
      if (values.size() >= LIMIT) {
        values.clear();
      }
      values.put(text, value);
    }
    return value;
  }
}
