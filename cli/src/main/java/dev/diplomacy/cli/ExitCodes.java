package dev.diplomacy.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes of every command: the tool's contract with scripts. */
final class ExitCodes {

  /** Done; the input has no error (it may have warnings). */
  static final int OK = 0;

  /** The input is not valid: not JSON, not the format, or against the library's rules. */
  static final int INVALID = 1;

  /** The command line is wrong, or a file cannot be read or written. */
  static final int USAGE_OR_IO = 2;

  /** A bug of the tool itself: please report it, with the output of {@code --debug}. */
  static final int INTERNAL = 70;

  /** The exit codes and what they mean, for the help of every command. */
  static Map<String, String> descriptions() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(
        Integer.toString(OK), "the input is valid (warnings allowed), or the command did its work");
    codes.put(Integer.toString(INVALID), "the input is invalid: its findings are printed");
    codes.put(Integer.toString(USAGE_OR_IO), "wrong usage, or a file that cannot be read");
    codes.put(
        Integer.toString(INTERNAL), "a bug of the tool: run again with --debug, and report it");
    return codes;
  }

  private ExitCodes() {}
}
