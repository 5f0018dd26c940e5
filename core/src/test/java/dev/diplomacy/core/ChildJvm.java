package dev.diplomacy.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A main class of the tests run in a JVM of its own, with a heap of the size a test of memory asks
 * for: what it prints, once it has ended within two minutes with exit code 0.
 */
public final class ChildJvm {

  private ChildJvm() {}

  /** The output of {@code main} run with {@code -Xmx<heap>} and the serial collector. */
  public static String run(String heap, Class<?> main, String... args) throws Exception {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            java,
            "-Xmx" + heap,
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            main.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    boolean done = process.waitFor(120, TimeUnit.SECONDS);
    if (!done) {
      process.destroyForcibly();
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(done).as("%s ended within two minutes: %s", main.getSimpleName(), output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
