package dev.diplomacy.interop.plover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextIntMapTest {

  @Test
  void holdsWhatAHashMapHoldsThroughGrowth() {
    TextIntMap map = new TextIntMap();
    Map<String, Integer> expected = new HashMap<>();
    Random random = new Random(12);
    for (int i = 0; i < 50_000; i++) {
      String text = "id-" + random.nextInt(30_000);
      int value = random.nextInt(1000);
      if (random.nextBoolean()) {
        Integer old = expected.putIfAbsent(text, value);
        assertThat(map.putIfAbsent(text, value))
            .isEqualTo(old == null ? TextIntMap.ABSENT : old.intValue());
      } else {
        expected.put(text, value);
        map.put(text, value);
      }
    }
    assertThat(map.size()).isEqualTo(expected.size());
    expected.forEach((text, value) -> assertThat(map.get(text)).as(text).isEqualTo(value));
    assertThat(map.get("id-30000")).isEqualTo(TextIntMap.ABSENT);
  }

  @Test
  void keepsEveryTextExactlyLongOrNot() {
    TextIntMap map = new TextIntMap();
    String[] texts = {
      "",
      "a",
      "\u0000",
      "é",
      "e\u0301",
      "\uD83D\uDE00",
      "\uD83D",
      "\uDE00",
      "x".repeat(100_000),
      "x".repeat(100_001),
      "日本"
    };
    for (int i = 0; i < texts.length; i++) {
      assertThat(map.putIfAbsent(texts[i], i)).isEqualTo(TextIntMap.ABSENT);
    }
    for (int i = 0; i < texts.length; i++) {
      assertThat(map.get(texts[i])).isEqualTo(i);
    }
    assertThat(map.get("x".repeat(99_999))).isEqualTo(TextIntMap.ABSENT);
    assertThat(map.size()).isEqualTo(texts.length);
  }
}
