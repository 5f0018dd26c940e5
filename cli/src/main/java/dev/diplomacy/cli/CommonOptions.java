package dev.diplomacy.cli;

import picocli.CommandLine.Option;

/** The options of every command: how much it says on standard error. */
final class CommonOptions {

  @Option(
      names = {"-q", "--quiet"},
      description =
          "Print no summary and no progress on standard error; findings and errors still.")
  boolean quiet;

  @Option(
      names = "--debug",
      description = "Print the stack trace of an unexpected failure (never needed for bad input).")
  boolean debug;
}
