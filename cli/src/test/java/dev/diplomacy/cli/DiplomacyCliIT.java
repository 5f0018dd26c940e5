package dev.diplomacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
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
    return java(List.of(), stdin, args);
  }

  /** Runs the jar with the options {@code jvm} given to Java, such as {@code -Xmx64m}. */
  static Run java(List<String> jvm, byte[] stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // A platform encoding that is not UTF-8: the output must be UTF-8 all the same.
    command.add("-Dfile.encoding=ISO-8859-1");
    command.addAll(jvm);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    p.getOutputStream().write(stdin);
    p.getOutputStream().close();
    CompletableFuture<byte[]> err =
        CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err.join(), StandardCharsets.UTF_8));
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  /**
   * Before the ids were kept in bounded memory, a million tiny valid lines (137 MB) ended in "not
   * enough memory" at 64 MiB (after 45 s), 96 and 128 MiB. The size can be changed with {@code
   * -Ddiplomacy.ndjsonLines=...}.
   */
  @Test
  void aMillionLinesOfNdjsonAreCheckedInA64MibHeapDuplicatesIncluded() throws Exception {
    int lines = Integer.getInteger("diplomacy.ndjsonLines", 1_000_000);
    Path file = tinyEvents(lines);
    long start = System.nanoTime();
    Run run = java(List.of("-Xmx64m"), new byte[0], "validate", file.toString());
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(run.err())
        .isEqualTo(
            String.format(
                Locale.ROOT, "%s: invalid (%,d events, 2 errors, 0 warnings)%n", file, lines));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .containsExactly(
            file
                + ":"
                + (lines / 2 + 1)
                + ": error ndjson.id.duplicate /id: the id 'event-0000000' is already used on line 1",
            file
                + ":"
                + lines
                + ": error ndjson.id.duplicate /id: the id 'event-0000000' is already used on line 1");
    assertThat(took).as("time to check %,d lines", lines).isLessThan(Duration.ofSeconds(150));
  }

  @Test
  void aTemporaryFolderThatCannotBeWrittenIsSaid() throws Exception {
    Path file = tinyEvents(120_000);
    Run run =
        java(
            List.of("-Djava.io.tmpdir=" + dir.resolve("none")),
            new byte[0],
            "validate",
            file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "diplomacy: cannot check the ids of '"
                + file
                + "' in a temporary file: "
                + dir.resolve("none"))
        .endsWith(": no such file or folder\n")
        .doesNotContain("\tat ");
  }

  /**
   * A file of {@code lines} tiny valid events, 137 bytes each, whose middle line and last repeat
   * the id of the first.
   */
  private Path tinyEvents(int lines) throws IOException {
    Path file = dir.resolve("many.ndjson");
    try (Writer w =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8))) {
      for (int i = 0; i < lines; i++) {
        int id = i == lines / 2 || i == lines - 1 ? 0 : i;
        w.write(
            String.format(
                Locale.ROOT,
                "{\"type\":\"statement\",\"id\":\"event-%07d\",\"when\":{\"date\":\"2018-01-01\"},"
                    + "\"certainty\":\"reported\",\"speaker\":\"actor-a\",\"subjects\":[\"actor-b\"]}%n",
                id));
      }
    }
    return file;
  }

  @Test
  void aMissingFileExitsWithTwo() throws Exception {
    Run run = java(new byte[0], "timeline", dir.resolve("missing.json").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no such file").doesNotContain("\tat ");
  }
}
