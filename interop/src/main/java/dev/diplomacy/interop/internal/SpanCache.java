package dev.diplomacy.interop.internal;

import dev.diplomacy.json.format.internal.Bytes;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What recent rows read from a span of their bytes (a field, or fields side by side), found again
 * by those bytes where they stand in the input, without decoding or copying them: the same actor,
 * place, date and code come back row after row, and each is read and checked once. Only what was
 * read without a problem is put here, so that a problem is reported in every row that has it.
 *
 * <p>Holds at most {@value #LIMIT} values for spans of at most {@value #MAX_LENGTH} bytes, and is
 * emptied when full: its memory is bounded whatever the input, and it is only ever a shortcut.
 *
 * @param <V> what a span is read as
 */
public final class SpanCache<V> {

  /** How many values are held before the cache is emptied. */
  public static final int LIMIT = 4096;

  /** The longest span held; a longer one is read every time. */
  public static final int MAX_LENGTH = 400;

  private static final int SLOTS = LIMIT * 2;

  private final byte[][] keys = new byte[SLOTS][];
  private final int[] hashes = new int[SLOTS];
  private final Object[] values = new Object[SLOTS];
  private int size;

  /**
   * The key and value found last: consecutive rows often repeat a span (the day, the publisher and
   * place of a story), which is then found without hashing it or reaching into the table.
   */
  private byte @Nullable [] lastKey;

  private @Nullable Object lastValue;

  /** The value read from the bytes of {@code line} from {@code start} to {@code end}, or null. */
  @SuppressWarnings("unchecked")
  public @Nullable V get(byte[] line, int start, int end) {
    if (end - start > MAX_LENGTH) {
      return null;
    }
    byte[] last = lastKey;
    if (last != null && Arrays.equals(last, 0, last.length, line, start, end)) {
      return (V) lastValue;
    }
    int hash = Bytes.hash(line, start, end);
    for (int slot = hash & (SLOTS - 1); keys[slot] != null; slot = (slot + 1) & (SLOTS - 1)) {
      byte[] key = keys[slot];
      if (hashes[slot] == hash && Arrays.equals(key, 0, key.length, line, start, end)) {
        lastKey = key;
        lastValue = values[slot];
        return (V) values[slot];
      }
    }
    return null;
  }

  /**
   * Remembers {@code value} as what the bytes of {@code line} from {@code start} to {@code end}
   * read as.
   */
  public void put(byte[] line, int start, int end, V value) {
    if (end - start > MAX_LENGTH) {
      return;
    }
    if (size >= LIMIT) {
      Arrays.fill(keys, null);
      Arrays.fill(values, null);
      size = 0;
      lastKey = null;
      lastValue = null;
    }
    int hash = Bytes.hash(line, start, end);
    int slot = hash & (SLOTS - 1);
    while (keys[slot] != null) {
      slot = (slot + 1) & (SLOTS - 1);
    }
    byte[] key = Arrays.copyOfRange(line, start, end);
    keys[slot] = key;
    hashes[slot] = hash;
    values[slot] = value;
    size++;
    lastKey = key;
    lastValue = value;
  }
}
