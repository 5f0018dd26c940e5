package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointerOfTest {

  @Test
  void javaPathsBecomeJsonPointers() {
    assertThat(DiplomacyJson.pointerOf("")).isEmpty();
    assertThat(DiplomacyJson.pointerOf("events[3].recipients[0]"))
        .isEqualTo("/events/3/recipients/0");
    assertThat(DiplomacyJson.pointerOf("events[0].extensions[acme:x]"))
        .isEqualTo("/events/0/acme:x");
    assertThat(DiplomacyJson.pointerOf("actors[1].extensions[a/b~c]"))
        .isEqualTo("/actors/1/a~1b~0c");
  }
}
