package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ChildJvm;
import org.junit.jupiter.api.Test;

/**
 * Reads a million events, one per line, more bytes than the heap holds, in a JVM of its own with a
 * 64 MB heap.
 */
class NdjsonConstantMemoryTest {

  @Test
  void readsMoreThanTheHeapHoldsInConstantMemory() throws Exception {
    long lines = 1_000_000;
    String output = ChildJvm.run("64m", GeneratedNdjson.class, String.valueOf(lines));
    assertThat(output.strip()).isEqualTo(lines + " " + lines);
    long bytes = 0;
    for (long n = 1; n <= lines; n += 1000) {
      bytes += GeneratedNdjson.line(n).length() * 1000L;
    }
    assertThat(bytes).isGreaterThan(64L * 1024 * 1024);
  }

  @Test
  void readsADossiersNdjsonLargerThanTheHeapInConstantMemory() throws Exception {
    long lines = 300_000;
    String output = ChildJvm.run("32m", GeneratedNdjson.class, String.valueOf(lines), "dossier");
    assertThat(output.strip()).isEqualTo(lines + " " + (lines + 1) + " generated");
    long bytes = 0;
    for (long n = 1; n <= lines; n += 1000) {
      bytes += GeneratedNdjson.line(n).length() * 1000L;
    }
    assertThat(bytes).isGreaterThan(32L * 1024 * 1024);
  }
}
