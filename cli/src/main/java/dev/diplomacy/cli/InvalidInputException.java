package dev.diplomacy.cli;

import java.util.List;

/** The input is not valid: its findings, at least one an error. Ends a command with exit code 1. */
final class InvalidInputException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  InvalidInputException(List<Diagnostic> diagnostics) {
    super(diagnostics.size() + " findings");
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Every finding. */
  List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
