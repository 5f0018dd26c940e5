package dev.diplomacy.interop.plover;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A map from texts to {@code int} values that keeps each text as bytes in pages of 64 KiB rather
 * than as a {@link String} in a hash map, so that an import can remember every record id and every
 * id it gave (millions of them) in a few tens of megabytes: a text takes its length in bytes (one
 * for each character below U+0080, two or three for the others, each UTF-16 unit on its own so that
 * any text is kept exactly), plus four bytes of its length and 16 to 32 bytes of table.
 */
final class TextIntMap {

  /** What {@link #get} and {@link #putIfAbsent} give for a text that is not in the map. */
  static final int ABSENT = Integer.MIN_VALUE;

  private static final int PAGE = 1 << 16;

  private final List<byte[]> pages = new ArrayList<>();
  private int page = -1;
  private int pageUsed = PAGE;

  /** Per entry: its page, its offset in the page, its hash, its value. */
  private int[] entryPage = new int[16];

  private int[] entryOffset = new int[16];
  private int[] entryHash = new int[16];
  private int[] entryValue = new int[16];
  private int size;

  /** Per slot: the entry's number plus one, or 0 when free. */
  private int[] slots = new int[32];

  private byte[] scratch = new byte[64];
  private int scratchLength;

  /** How many texts the map holds. */
  int size() {
    return size;
  }

  /** The value of {@code text}, or {@link #ABSENT}. */
  int get(String text) {
    encode(text);
    int hash = hash();
    for (int i = hash & (slots.length - 1); slots[i] != 0; i = (i + 1) & (slots.length - 1)) {
      int e = slots[i] - 1;
      if (entryHash[e] == hash && matches(e)) {
        return entryValue[e];
      }
    }
    return ABSENT;
  }

  /**
   * Puts {@code value} under {@code text} unless the text is there; gives the value it had, or
   * {@link #ABSENT}.
   */
  int putIfAbsent(String text, int value) {
    int before = size;
    int e = entry(text, value);
    return size > before ? ABSENT : entryValue[e];
  }

  /** Puts {@code value} under {@code text}, in place of the value it had. */
  void put(String text, int value) {
    int e = entry(text, value); // may grow the arrays: look them up after
    entryValue[e] = value;
  }

  /** The number of the entry of {@code text}, added with {@code value} when it is not there. */
  private int entry(String text, int value) {
    encode(text);
    int hash = hash();
    int i = hash & (slots.length - 1);
    for (; slots[i] != 0; i = (i + 1) & (slots.length - 1)) {
      int e = slots[i] - 1;
      if (entryHash[e] == hash && matches(e)) {
        return e;
      }
    }
    if (size == entryValue.length) {
      int capacity = size + (size >> 1);
      entryPage = Arrays.copyOf(entryPage, capacity);
      entryOffset = Arrays.copyOf(entryOffset, capacity);
      entryHash = Arrays.copyOf(entryHash, capacity);
      entryValue = Arrays.copyOf(entryValue, capacity);
    }
    store(size);
    entryHash[size] = hash;
    entryValue[size] = value;
    slots[i] = ++size;
    if (size * 4L > slots.length * 3L) {
      grow();
    }
    return size - 1;
  }

  /** Copies the scratch bytes, after their length, into a page, noting where in entry {@code e}. */
  private void store(int e) {
    int needed = scratchLength + 4;
    if (needed > PAGE / 4) {
      pages.add(new byte[needed]); // a long text gets a page of its own
      entryPage[e] = pages.size() - 1;
      entryOffset[e] = 0;
    } else {
      if (pageUsed + needed > PAGE) {
        pages.add(new byte[PAGE]);
        page = pages.size() - 1;
        pageUsed = 0;
      }
      entryPage[e] = page;
      entryOffset[e] = pageUsed;
      pageUsed += needed;
    }
    byte[] bytes = pages.get(entryPage[e]);
    int at = entryOffset[e];
    bytes[at] = (byte) (scratchLength >>> 24);
    bytes[at + 1] = (byte) (scratchLength >>> 16);
    bytes[at + 2] = (byte) (scratchLength >>> 8);
    bytes[at + 3] = (byte) scratchLength;
    System.arraycopy(scratch, 0, bytes, at + 4, scratchLength);
  }

  private boolean matches(int e) {
    byte[] bytes = pages.get(entryPage[e]);
    int at = entryOffset[e];
    int length =
        ((bytes[at] & 0xFF) << 24)
            | ((bytes[at + 1] & 0xFF) << 16)
            | ((bytes[at + 2] & 0xFF) << 8)
            | (bytes[at + 3] & 0xFF);
    return length == scratchLength
        && Arrays.equals(bytes, at + 4, at + 4 + length, scratch, 0, length);
  }

  /** Puts the bytes of {@code text} in the scratch buffer. */
  private void encode(String text) {
    if (scratch.length < text.length() * 3L) {
      scratch = new byte[Math.multiplyExact(text.length(), 3)];
    }
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        scratch[n++] = (byte) c;
      } else if (c < 0x800) {
        scratch[n++] = (byte) (0xC0 | (c >> 6));
        scratch[n++] = (byte) (0x80 | (c & 0x3F));
      } else {
        scratch[n++] = (byte) (0xE0 | (c >> 12));
        scratch[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        scratch[n++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    scratchLength = n;
  }

  private int hash() {
    int h = 1;
    for (int i = 0; i < scratchLength; i++) {
      h = 31 * h + scratch[i];
    }
    return h ^ (h >>> 16) ^ (h * 0x9E3779B9 >>> 11);
  }

  private void grow() {
    int[] bigger = new int[slots.length * 2];
    int mask = bigger.length - 1;
    for (int e = 0; e < size; e++) {
      int i = entryHash[e] & mask;
      while (bigger[i] != 0) {
        i = (i + 1) & mask;
      }
      bigger[i] = e + 1;
    }
    slots = bigger;
  }
}
