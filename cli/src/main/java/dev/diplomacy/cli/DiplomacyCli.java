package dev.diplomacy.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code diplomacy} command-line tool: {@code validate}, {@code timeline}, {@code graph},
 * {@code convert} and {@code example}, run as {@code java -jar cli/target/diplomacy-cli.jar COMMAND
 * ...}.
 *
 * <p>Exit codes: 0 when the input is valid (warnings allowed) or the command did its work, 1 when
 * the input is invalid, 2 for a wrong command line or a file that cannot be read, 70 for a bug of
 * the tool. Output is UTF-8 whatever the platform's encoding; no stack trace is shown unless {@code
 * --debug} asks for it.
 */
@Command(
    name = "diplomacy",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Validates, converts and draws dossiers of diplomatic events (JSON) and their NDJSON.",
      ""
    },
    subcommands = {
      ValidateCommand.class,
      TimelineCommand.class,
      GraphCommand.class,
      ConvertCommand.class,
      SeriesCommand.class,
      ExampleCommand.class,
      HelpCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  diplomacy example | diplomacy validate -",
      "  diplomacy validate --format json dossier.json events.ndjson",
      "  diplomacy graph --format dot dossier.json | dot -Tsvg > dossier.svg"
    })
public final class DiplomacyCli implements Callable<Integer> {

  private final Terminal terminal;

  @Mixin CommonOptions common = new CommonOptions();

  @Spec CommandSpec spec;

  private DiplomacyCli(Terminal terminal) {
    this.terminal = terminal;
  }

  /** Runs the tool with the process's standard streams, and exits with its exit code. */
  public static void main(String[] args) {
    int exitCode = commandLine(Terminal.system()).execute(args);
    System.exit(exitCode);
  }

  /**
   * The tool, ready to {@link CommandLine#execute(String...) execute}, working on {@code terminal}.
   */
  static CommandLine commandLine(Terminal terminal) {
    CommandLine cli = new CommandLine(new DiplomacyCli(terminal));
    cli.setOut(terminal.text());
    cli.setErr(terminal.err());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExpandAtFiles(false);
    cli.setParameterExceptionHandler(DiplomacyCli::usageError);
    cli.setExecutionExceptionHandler(
        (e, command, parsed) -> internalError(terminal, e, parsed.hasMatchedOption("--debug")));
    for (CommandLine command : cli.getSubcommands().values()) {
      command
          .getCommandSpec()
          .usageMessage()
          .exitCodeListHeading("%nExit codes:%n")
          .exitCodeList(ExitCodes.descriptions());
    }
    cli.getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(ExitCodes.descriptions());
    return cli;
  }

  /** The streams the commands work on. */
  Terminal terminal() {
    return terminal;
  }

  /** Without a command: the usage, on standard error, as a usage error. */
  @Override
  public Integer call() {
    terminal.err().println("diplomacy: a command is needed");
    spec.commandLine().usage(terminal.err());
    return ExitCodes.USAGE_OR_IO;
  }

  /** A wrong command line: what is wrong, and where the help is; never the stack trace. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    String message = String.valueOf(e.getMessage());
    err.println(
        "diplomacy: "
            + Diagnostic.printable(message.startsWith("Error: ") ? message.substring(7) : message));
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println(
        "Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.USAGE_OR_IO;
  }

  /**
   * A failure the tool did not expect: a bug. One line, or the stack trace with {@code --debug}.
   */
  static int internalError(Terminal terminal, Throwable e, boolean debug) {
    terminal.text().flush();
    terminal
        .err()
        .println(
            "diplomacy: internal error ("
                + e.getClass().getName()
                + ": "
                + Diagnostic.printable(String.valueOf(e.getMessage()))
                + ")");
    if (debug) {
      e.printStackTrace(terminal.err());
    } else {
      terminal
          .err()
          .println(
              "diplomacy: this is a bug of the tool: run again with --debug, and report it with what it prints");
    }
    terminal.err().flush();
    return ExitCodes.INTERNAL;
  }
}
