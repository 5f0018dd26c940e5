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

  /**
   * The most slots a span is looked for in: spans that share a hash (many alike, or made to) are
   * then read every time, at a bounded cost, where a longer search would cost more per row the more
   * of them there were.
   */
  static final int MAX_PROBES = 32;

  /** How many bytes at each end of a span are hashed. */
  private static final int HASHED_END = 16;

  /** The hash of each slot's span, never 0; 0 for a free slot. A search reads these first. */
  private final int[] hashes = new int[SLOTS];

  /**
   * Each slot's span (its bytes, at {@code 2 * slot}) and value (after it): side by side, so that a
   * span found costs one more reach into memory for both.
   */
  private final Object[] entries = new Object[SLOTS * 2];

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
    int hash = hash(line, start, end);
    int slot = hash & (SLOTS - 1);
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      int h = hashes[slot];
      if (h == 0) {
        return null;
      }
      if (h == hash) {
        byte[] key = (byte[]) entries[2 * slot];
        if (Arrays.equals(key, 0, key.length, line, start, end)) {
          lastKey = key;
          lastValue = entries[2 * slot + 1];
          return (V) lastValue;
        }
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
    return null;
  }

  /**
   * A hash, never 0, of the span's length and of its first and last {@value #HASHED_END} bytes
   * ({@link Bytes#endsHash}): spans that differ only between them share a hash and are told apart
   * by their bytes, and a long span (a name, its sectors and country side by side) is hashed at the
   * cost of a short one.
   */
  static int hash(byte[] line, int start, int end) {
    int hash = Bytes.endsHash(line, start, end);
    return hash == 0 ? 1 : hash; // 0 marks a free slot
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
      Arrays.fill(hashes, 0);
      Arrays.fill(entries, null);
      size = 0;
      lastKey = null;
      lastValue = null;
    }
    int hash = hash(line, start, end);
    int slot = hash & (SLOTS - 1);
    for (int probe = 0; hashes[slot] != 0; probe++) {
      if (probe + 1 >= MAX_PROBES) {
        return; // spans of one hash crowd here: this one is read every time
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
    byte[] key = Arrays.copyOfRange(line, start, end);
    hashes[slot] = hash;
    entries[2 * slot] = key;
    entries[2 * slot + 1] = value;
    size++;
    lastKey = key;
    lastValue = value;
  }
}
