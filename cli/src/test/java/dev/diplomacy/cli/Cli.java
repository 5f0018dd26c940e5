package dev.diplomacy.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Runs the tool in this process, through picocli, with captured standard streams. */
final class Cli {

  /** What a run gave: its exit code and its standard output and error, decoded as UTF-8. */
  record Result(int exitCode, String out, String err, byte[] outBytes) {}

  private Cli() {}

  /** Runs {@code args} with empty standard input, not on a terminal. */
  static Result run(String... args) {
    return input(new byte[0], args);
  }

  /** Runs {@code args} with {@code stdin} as standard input, not on a terminal. */
  static Result input(String stdin, String... args) {
    return input(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  /** Runs {@code args} with {@code stdin} as standard input, not on a terminal. */
  static Result input(byte[] stdin, String... args) {
    return onTerminal(stdin, false, Terminal.PROGRESS_EVERY, args);
  }

  /**
   * Runs {@code args}; {@code terminal}: as if standard error were a terminal, progress every
   * {@code every} events.
   */
  static Result onTerminal(byte[] stdin, boolean terminal, long every, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        DiplomacyCli.commandLine(
                new Terminal(new ByteArrayInputStream(stdin), out, err, terminal, every))
            .execute(args);
    return new Result(
        code,
        out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8),
        out.toByteArray());
  }
}
