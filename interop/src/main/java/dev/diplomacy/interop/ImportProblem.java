package dev.diplomacy.interop;

import dev.diplomacy.core.validation.Severity;
import java.util.Objects;

/**
 * Something an import found at one line of its input: a row of ICEWS data, a record of PLOVER data.
 * An {@link Severity#ERROR error} means the row or record was not imported (it was rejected); a
 * {@link Severity#WARNING warning} means it was imported with something a person should know: an
 * unknown country name, a blank line skipped.
 *
 * @param line the line of the input where the row or record starts, the first line being 1
 * @param code a stable, dotted code such as {@code icews.date.invalid}, safe to match on
 * @param severity error (the row was rejected) or warning (it was imported)
 * @param reason what is wrong, for a person, naming the offending value
 */
public record ImportProblem(int line, String code, Severity severity, String reason) {

  /** Checks that the code, severity and reason are given. */
  public ImportProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(reason, "reason");
  }

  /** A rejection of the row or record at {@code line}. */
  public static ImportProblem rejection(int line, String code, String reason) {
    return new ImportProblem(line, code, Severity.ERROR, reason);
  }

  /** A warning about the row or record at {@code line}, which was imported. */
  public static ImportProblem warning(int line, String code, String reason) {
    return new ImportProblem(line, code, Severity.WARNING, reason);
  }

  /** True when the row was rejected: the severity is error. */
  public boolean isRejection() {
    return severity == Severity.ERROR;
  }

  /** {@code line 12: ERROR icews.date.invalid: ...}. */
  @Override
  public String toString() {
    return "line " + line + ": " + severity + " " + code + ": " + reason;
  }
}
