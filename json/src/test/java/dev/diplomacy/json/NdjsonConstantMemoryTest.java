package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Reads a million events, one per line, more bytes than the heap holds, in a JVM of its own with a
 * 64 MB heap.
 */
class NdjsonConstantMemoryTest {

  @Test
  void readsMoreThanTheHeapHoldsInConstantMemory() throws Exception {
    long lines = 1_000_000;
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx64m",
                    "-XX:+UseSerialGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    GeneratedNdjson.class.getName(),
                    String.valueOf(lines)))
            .redirectErrorStream(true)
            .start();
    boolean done = process.waitFor(120, TimeUnit.SECONDS);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(done).as(output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output.strip()).isEqualTo(lines + " " + lines);
    long bytes = 0;
    for (long n = 1; n <= lines; n += 1000) {
      bytes += GeneratedNdjson.line(n).length() * 1000L;
    }
    assertThat(bytes).isGreaterThan(64L * 1024 * 1024);
  }
}
