package dev.diplomacy.cli;

import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.Severity;
import dev.diplomacy.json.format.Problem;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One finding about an input, as the tool reports it.
 *
 * @param file the input as named on the command line, {@code <stdin>} for standard input
 * @param line the line, from 1, where known
 * @param column the column, from 1, where known
 * @param severity error or warning
 * @param code the stable code of the rule: {@code json.syntax}, {@code
 *     dossier.reference.unresolved}...
 * @param pointer the JSON Pointer of the offending value; for NDJSON, within the line's value; none
 *     for a problem of an imported row or record, which is not JSON the user wrote
 * @param message what is wrong, for a person
 */
record Diagnostic(
    String file,
    OptionalLong line,
    OptionalInt column,
    Severity severity,
    String code,
    Optional<String> pointer,
    String message) {

  Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** A problem of the JSON binding, always an error. */
  static Diagnostic of(String file, Problem problem) {
    OptionalLong line =
        problem.line().isPresent()
            ? OptionalLong.of(problem.line().getAsInt())
            : OptionalLong.empty();
    return new Diagnostic(
        file,
        line,
        problem.column(),
        Severity.ERROR,
        problem.code(),
        Optional.of(problem.pointer()),
        problem.message());
  }

  /** A finding of the library's validation, at {@code pointer}. */
  static Diagnostic of(
      String file, Finding finding, String pointer, OptionalLong line, OptionalInt column) {
    return new Diagnostic(
        file,
        line,
        column,
        finding.severity(),
        finding.code(),
        Optional.of(pointer),
        finding.message());
  }

  /** True for an error. */
  boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code error} or {@code warning}. */
  String severityName() {
    return severity.name().toLowerCase(Locale.ROOT);
  }

  /**
   * One line: {@code file:line:column: severity code pointer: message}, the line and column where
   * known, {@code (document)} for the pointer of the whole document, and no pointer where there is
   * none (an imported row).
   */
  String toText() {
    StringBuilder b = new StringBuilder(printable(file));
    line.ifPresent(l -> b.append(':').append(l));
    if (line.isPresent()) {
      column.ifPresent(c -> b.append(':').append(c));
    }
    b.append(": ").append(severityName()).append(' ').append(code);
    pointer.ifPresent(p -> b.append(' ').append(p.isEmpty() ? "(document)" : printable(p)));
    return b.append(": ").append(printable(message)).toString();
  }

  /** {@code 1 error}, {@code 2,110 errors}: a count and its noun, for the summaries. */
  static String count(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }

  /**
   * {@code text} safe to print on one line of a terminal: line breaks become spaces, and other
   * control characters (which a document may hold, and which could drive the terminal) are written
   * as Java escapes of a backslash, a {@code u} and four hexadecimal digits.
   */
  static String printable(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        if (b == null) {
          b = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        if (c == '\n' || c == '\r') {
          b.append(' ');
        } else {
          b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }
}
