package dev.diplomacy.interop.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A span cache finds a value by the bytes of its span wherever they stand, and stays bounded. */
class SpanCacheTest {

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void aSpanIsFoundByItsBytesWhereverTheyStand() {
    SpanCache<String> cache = new SpanCache<>();
    byte[] first = bytes("a\tPyongyang\tb");
    cache.put(first, 2, 11, "found");
    byte[] other = bytes("xyz\tPyongyang");
    assertThat(cache.get(other, 4, 13)).isEqualTo("found");
    assertThat(cache.get(other, 4, 12)).isNull();
    assertThat(cache.get(bytes("Pyongyanh"), 0, 9)).isNull();
  }

  @Test
  void itIsClearedWhenFullAndStillFindsWhatItHolds() {
    SpanCache<Integer> cache = new SpanCache<>();
    for (int i = 0; i <= SpanCache.LIMIT; i++) {
      byte[] text = bytes("\t" + i + "\t");
      cache.put(text, 1, text.length - 1, i);
    }
    byte[] last = bytes("a\t" + SpanCache.LIMIT + "\tb");
    assertThat(cache.get(last, 2, last.length - 2)).isEqualTo(SpanCache.LIMIT);
    byte[] first = bytes("0");
    assertThat(cache.get(first, 0, 1)).isNull();
    assertThat(cache.get(bytes("00"), 0, 2)).isNull();
  }

  @Test
  void spansThatShareAHashAreHeldAFewAtMostAndNeverTakenForEachOther() {
    // the same length and the same 16 bytes at each end: one hash for all, whatever the middle
    SpanCache<Integer> cache = new SpanCache<>();
    int spans = 2_000;
    for (int i = 0; i < spans; i++) {
      byte[] text = span(i);
      cache.put(text, 0, text.length, i);
    }
    int found = 0;
    for (int i = 0; i < spans; i++) {
      byte[] text = span(i);
      Integer value = cache.get(text, 0, text.length);
      if (value != null) {
        assertThat(value).isEqualTo(i);
        found++;
      }
    }
    assertThat(SpanCache.hash(span(0), 0, span(0).length))
        .isEqualTo(SpanCache.hash(span(1), 0, span(1).length));
    assertThat(found).isBetween(1, SpanCache.MAX_PROBES);
  }

  private static byte[] span(int i) {
    return bytes("General Population " + String.format("%06d", i) + " Civilian / Social (India)");
  }

  @Test
  void aSpanLongerThanItsLimitIsNeverHeld() {
    SpanCache<String> cache = new SpanCache<>();
    byte[] text = bytes("x".repeat(SpanCache.MAX_LENGTH + 1));
    cache.put(text, 0, text.length, "long");
    assertThat(cache.get(text, 0, text.length)).isNull();
  }
}
