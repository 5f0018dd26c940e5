package dev.diplomacy.cli;

import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * What every command shares: its {@link CommonOptions}, its {@link Terminal}, and the one place
 * where failures become exit codes and messages. Bad input is reported as findings (exit 1); a file
 * that cannot be read as one line (exit 2); anything else is a bug of the tool (exit 70). None
 * shows a stack trace unless {@code --debug} asks for it.
 */
abstract class Subcommand implements Callable<Integer> {

  @Mixin CommonOptions common = new CommonOptions();

  @ParentCommand DiplomacyCli parent;

  /** Does the command's work on {@code terminal}; returns its exit code. */
  abstract int run(Terminal terminal) throws CliException, InvalidInputException;

  /** True with {@code --quiet}, here or before the command's name. */
  final boolean quiet() {
    return common.quiet || parent.common.quiet;
  }

  /** True with {@code --debug}, here or before the command's name. */
  final boolean debug() {
    return common.debug || parent.common.debug;
  }

  @Override
  public final Integer call() {
    Terminal terminal = parent.terminal();
    try {
      return run(terminal);
    } catch (InvalidInputException e) {
      terminal.text().flush();
      e.diagnostics().forEach(d -> terminal.err().println(d.toText()));
      return ExitCodes.INVALID;
    } catch (CliException e) {
      terminal.text().flush();
      terminal.err().println("diplomacy: " + e.getMessage());
      return e.exitCode();
    } catch (UncheckedIOException e) {
      return fail(
          terminal,
          e,
          "diplomacy: " + Diagnostic.printable(String.valueOf(e.getCause().getMessage())),
          ExitCodes.USAGE_OR_IO);
    } catch (OutOfMemoryError e) {
      return fail(
          terminal,
          e,
          "diplomacy: not enough memory for this input: give Java more (java -Xmx4g -jar ...)",
          ExitCodes.USAGE_OR_IO);
    } catch (RuntimeException | StackOverflowError e) {
      return DiplomacyCli.internalError(terminal, e, debug());
    } finally {
      terminal.flush();
    }
  }

  private int fail(Terminal terminal, Throwable e, String message, int exitCode) {
    terminal.text().flush();
    terminal.err().println(message);
    if (debug()) {
      e.printStackTrace(terminal.err());
    }
    return exitCode;
  }
}
