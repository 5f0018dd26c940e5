package dev.diplomacy.cli;

/**
 * A command cannot do its work for a reason that is not the input's content: a file that cannot be
 * read, an option that does not fit. Its message is for a person; it ends the command with {@link
 * #exitCode()}.
 */
final class CliException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /** A file or stream that cannot be read or written: exit code {@value ExitCodes#USAGE_OR_IO}. */
  static CliException io(String message) {
    return new CliException(ExitCodes.USAGE_OR_IO, message);
  }

  /** The exit code this ends the command with. */
  int exitCode() {
    return exitCode;
  }
}
