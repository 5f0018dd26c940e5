package dev.diplomacy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.diplomacy.json.DiplomacyJson;
import java.io.File;
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
 * The detection of a terminal itself, in a CLI run as a process of its own: the other tests pass
 * the answer in. A file of one event more than {@link Terminal#PROGRESS_EVERY} makes a progress
 * line due, so whether it appears tells what the CLI decided.
 */
class TerminalDetectionTest {

  private static final long EVENTS = Terminal.PROGRESS_EVERY + 1;

  @TempDir static Path dir;
  private static Path file;

  @BeforeAll
  static void writeManyEvents() throws Exception {
    String event = DiplomacyJson.strict().write(Dossiers.small().events().get(0));
    StringBuilder ndjson = new StringBuilder();
    for (long i = 0; i < EVENTS; i++) {
      ndjson.append(event.replace("havana-talks", "talks-" + i)).append('\n');
    }
    file = Dossiers.file(dir, "many.ndjson", ndjson.toString());
  }

  @Test
  void thisTestsOwnProcessIsNotATerminal() {
    // Surefire runs the tests with their standard streams on pipes.
    assertThat(Terminal.system().interactive()).isFalse();
  }

  @Test
  void errorOnAPipeGetsNoProgressLine() throws Exception {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process =
        new ProcessBuilder(cli("validate", file.toString()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("ended within two minutes").isTrue();
    String errText = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(errText).isZero();
    assertThat(errText).isEqualTo(file + ": valid (100,001 events, 0 errors, 0 warnings)\n");
    assertThat(errText).doesNotContain("\r", "events read", "\u001b");
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).doesNotContain("\u001b");
  }

  @Test
  void errorOnATerminalGetsTheProgressLine() throws Exception {
    String text = onScript(cli("validate", file.toString()), "");
    assertThat(text)
        .contains("\r" + file + ": 100,000 events read")
        .contains(file + ": valid (100,001 events, 0 errors, 0 warnings)");
  }

  @Test
  void errorOnATerminalGetsTheProgressLineWhenTheOutputGoesToAFile() throws Exception {
    Path out = dir.resolve("converted.ndjson");
    String text = onScript(cli("convert", file.toString(), "--to", "ndjson"), " > '" + out + "'");
    assertThat(text)
        .contains("\r" + file + ": 100,000 events written")
        .contains(
            file
                + ": 100,001 lines: 100,001 elements (100,001 events), 0 bad lines; 100,001 elements"
                + " written");
    assertThat(Files.readAllLines(out)).hasSize(100_002);
  }

  /**
   * What a command shows on a terminal: util-linux's script(1) runs it on a pseudo-terminal of its
   * own, a real terminal; {@code redirect} is added to the shell's command line.
   */
  private static String onScript(List<String> words, String redirect) throws Exception {
    File script = new File("/usr/bin/script");
    assumeThat(script.canExecute()).as("script(1) is installed").isTrue();
    StringBuilder command = new StringBuilder();
    for (String word : words) {
      command.append('\'').append(word.replace("'", "'\\''")).append("' ");
    }
    command.append(redirect);
    Path typescript = dir.resolve("typescript.txt");
    Process process =
        new ProcessBuilder(
                script.getPath(), "-q", "-e", "-c", command.toString(), typescript.toString())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .redirectErrorStream(true)
            .start();
    process.getOutputStream().close();
    byte[] seen = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("ended within two minutes").isTrue();
    String text = new String(seen, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(text).isZero();
    return text;
  }

  /** A command that runs the CLI's main class with this test's class path. */
  private static List<String> cli(String... args) {
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    command.addAll(
        List.of(
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            DiplomacyCli.class.getName()));
    command.addAll(List.of(args));
    return command;
  }
}
