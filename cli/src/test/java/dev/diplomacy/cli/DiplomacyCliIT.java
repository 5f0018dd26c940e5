package dev.diplomacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executable jar, as a user runs it: {@code java -jar cli/target/diplomacy-cli.jar ...} in a
 * process of its own. Runs in the verify phase (failsafe), once the jar is built.
 */
class DiplomacyCliIT {

  static Path jar;

  @TempDir Path dir;

  /** What a process gave. */
  record Run(int exitCode, String out, String err) {}

  @BeforeAll
  static void findTheJar() {
    jar = Path.of(System.getProperty("diplomacy.cliJar", "target/diplomacy-cli.jar"));
    assertThat(jar).as("the executable jar, built by mvn package").isRegularFile();
  }

  static Run java(byte[] stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // A platform encoding that is not UTF-8: the output must be UTF-8 all the same.
    command.add("-Dfile.encoding=ISO-8859-1");
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    p.getOutputStream().write(stdin);
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void versionComesFromTheBuild() throws Exception {
    Run run = java(new byte[0], "--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith(
            "diplomacy-cli " + System.getProperty("diplomacy.version", "0.1.0-SNAPSHOT") + "\n");
    assertThat(run.out()).doesNotContain("unknown", "${");
  }

  @Test
  void theExampleValidatesWhenPipedBackIn() throws Exception {
    Run example = java(new byte[0], "example");
    assertThat(example.exitCode()).isZero();
    assertThat(example.out()).contains("Raúl Castro");
    Run validate = java(example.out().getBytes(StandardCharsets.UTF_8), "validate", "-");
    assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
    assertThat(validate.err()).startsWith("<stdin>: valid");
  }

  @Test
  void badInputExitsWithOneAndNoStackTrace() throws Exception {
    Path bad =
        Files.writeString(
            dir.resolve("bad.json"), "{\"formatVersion\": \"1.0\",\n  \"events\": [}\n");
    Run run = java(new byte[0], "validate", bad.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(bad + ":2:").contains("error json.syntax");
    assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void aMissingFileExitsWithTwo() throws Exception {
    Run run = java(new byte[0], "timeline", dir.resolve("missing.json").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no such file").doesNotContain("\tat ");
  }
}
