package dev.diplomacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonPointersTest {

  @Test
  void aJavaPathBecomesAPointer() {
    assertThat(JsonPointers.fromJavaPath("events[3].recipients[0]"))
        .isEqualTo("/events/3/recipients/0");
    assertThat(JsonPointers.fromJavaPath("events[0].participants[1].actor"))
        .isEqualTo("/events/0/participants/1/actor");
    assertThat(JsonPointers.fromJavaPath("formatVersion")).isEqualTo("/formatVersion");
  }

  @Test
  void theEmptyPathIsTheWholeDocument() {
    assertThat(JsonPointers.fromJavaPath("")).isEmpty();
  }

  @Test
  void extensionsAreInline() {
    assertThat(JsonPointers.fromJavaPath("events[2].extensions[acme:x]"))
        .isEqualTo("/events/2/acme:x");
    assertThat(JsonPointers.fromJavaPath("extensions[acme:a.b]")).isEqualTo("/acme:a.b");
  }

  @Test
  void tildeAndSlashAreEscaped() {
    assertThat(JsonPointers.fromJavaPath("extensions[acme:a/b~c]")).isEqualTo("/acme:a~1b~0c");
    assertThat(JsonPointers.escape("a/b~c")).isEqualTo("a~1b~0c");
  }

  @Test
  void theParentOfAPointer() {
    assertThat(JsonPointers.parent("/events/3/recipients/0")).isEqualTo("/events/3/recipients");
    assertThat(JsonPointers.parent("/events")).isEmpty();
    assertThat(JsonPointers.parent("")).isEmpty();
  }
}
