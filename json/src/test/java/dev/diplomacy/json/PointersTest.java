package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.json.format.internal.Pointers;
import org.junit.jupiter.api.Test;

class PointersTest {

  @Test
  void translatesJavaPathsIntoPointers() {
    assertThat(Pointers.fromJavaPath("", "")).isEmpty();
    assertThat(Pointers.fromJavaPath("/events/3", "")).isEqualTo("/events/3");
    assertThat(Pointers.fromJavaPath("/events/3", "participants[1].actor"))
        .isEqualTo("/events/3/participants/1/actor");
    assertThat(Pointers.fromJavaPath("", "events[3].participants[1]"))
        .isEqualTo("/events/3/participants/1");
    assertThat(Pointers.fromJavaPath("", "[2].name")).isEqualTo("/2/name");
  }

  @Test
  void writesExtensionsInline() {
    assertThat(Pointers.fromJavaPath("/events/0", "extensions[acme:confidence]"))
        .isEqualTo("/events/0/acme:confidence");
    assertThat(Pointers.fromJavaPath("", "source.extensions[a/b~c]")).isEqualTo("/source/a~1b~0c");
    assertThat(Pointers.fromJavaPath("", "extensions[odd]name]")).isEqualTo("/odd]name");
  }

  @Test
  void escapesNames() {
    assertThat(Pointers.child("/a", "b/c~d")).isEqualTo("/a/b~1c~0d");
    assertThat(Pointers.escape("plain")).isEqualTo("plain");
  }

  @Test
  void toleratesAnUnclosedBracket() {
    assertThat(Pointers.fromJavaPath("", "refs[1")).isEqualTo("/refs/1");
  }
}
