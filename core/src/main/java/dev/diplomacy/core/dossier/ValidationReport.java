package dev.diplomacy.core.dossier;

import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.Severity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the validation of a dossier found: every finding, errors and warnings, in the order of the
 * dossier.
 *
 * @param findings every finding
 */
public record ValidationReport(List<Finding> findings) {

  public ValidationReport {
    findings = List.copyOf(findings);
  }

  /** The findings of severity error. */
  public List<Finding> errors() {
    return only(Severity.ERROR);
  }

  /** The findings of severity warning. */
  public List<Finding> warnings() {
    return only(Severity.WARNING);
  }

  /** True when there is no error; warnings are allowed. */
  public boolean isValid() {
    return findings.stream().noneMatch(Finding::isError);
  }

  /** The codes of all findings, in order. */
  public List<String> codes() {
    return findings.stream().map(Finding::code).collect(Collectors.toList());
  }

  private List<Finding> only(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).collect(Collectors.toList());
  }

  /** One finding a line, or {@code no findings}. */
  @Override
  public String toString() {
    return findings.isEmpty()
        ? "no findings"
        : findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
  }
}
