package dev.diplomacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiplomacyCliTest {

  static final List<String> COMMANDS =
      List.of("validate", "timeline", "graph", "convert", "example");

  @Test
  void versionNamesTheToolAndTheFormat() {
    Cli.Result run = Cli.run("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().toList())
        .hasSize(3)
        .satisfiesExactly(
            l -> assertThat(l).matches("diplomacy-cli \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"),
            l ->
                assertThat(l)
                    .isEqualTo(
                        "dossier format " + dev.diplomacy.core.dossier.Dossier.FORMAT_VERSION)
                    .endsWith("1.1"),
            l -> assertThat(l).startsWith("Java "));
    assertThat(VersionProvider.version()).doesNotContain("$").isNotEqualTo("unknown");
  }

  @Test
  void everyCommandHasHelpAndVersion() {
    for (String command : COMMANDS) {
      Cli.Result help = Cli.run(command, "--help");
      assertThat(help.exitCode()).as(command).isZero();
      assertThat(help.out())
          .startsWith("Usage: diplomacy " + command)
          .contains("Exit codes:")
          .contains("  2    wrong usage");
      assertThat(Cli.run("help", command).out()).isEqualTo(help.out());
      assertThat(Cli.run(command, "--version").out()).startsWith("diplomacy-cli ");
    }
    Cli.Result help = Cli.run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out())
        .contains(COMMANDS.stream().map(c -> "  " + c + " ").toList().toArray(String[]::new));
  }

  @Test
  void helpNeverSplitsAFileNameAcrossLines() {
    for (String command : COMMANDS) {
      String help = Cli.run(command, "--help").out();
      assertThat(help.lines())
          .as(command)
          .noneMatch(l -> l.endsWith(" .") || l.endsWith("*.") || l.endsWith("("));
    }
    assertThat(Cli.run("convert", "--help").out())
        .contains("  .tab and .tsv: ICEWS")
        .contains("*.export.CSV and *.export.CSV.zip");
  }

  @Test
  void withoutACommandTheUsageIsPrintedAsAUsageError() {
    Cli.Result run = Cli.run();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("diplomacy: a command is needed\nUsage: diplomacy");
  }

  @Test
  void anUnknownCommandIsAUsageErrorWithASuggestion() {
    Cli.Result run = Cli.run("valdate", "x.json");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("Did you mean: diplomacy validate?")
        .contains("Try 'diplomacy --help'");
    ValidateCommandTest.assertNoStackTrace(run);
  }

  @Test
  void argumentsAreNotReadFromAtFiles() {
    Cli.Result run = Cli.run("validate", "@nothing.json");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("diplomacy: cannot read '@nothing.json': no such file\n");
  }

  @Test
  void anInternalErrorIsOneLineUnlessDebugging() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal =
        new Terminal(
            new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), err, false, 1);
    assertThat(DiplomacyCli.internalError(terminal, new IllegalStateException("boom"), false))
        .isEqualTo(70);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "diplomacy: internal error (java.lang.IllegalStateException: boom)\n"
                + "diplomacy: this is a bug of the tool: run again with --debug, and report it with what it prints\n");
    err.reset();
    DiplomacyCli.internalError(terminal, new IllegalStateException("boom"), true);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("\tat dev.diplomacy.cli.DiplomacyCliTest");
  }

  @Test
  void debugIsAcceptedBeforeAndAfterTheCommand() {
    assertThat(Cli.run("--debug", "validate", "--help").exitCode()).isZero();
    assertThat(Cli.run("validate", "--debug", "--help").exitCode()).isZero();
  }
}
