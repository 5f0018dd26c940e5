package dev.diplomacy.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a value cannot be built or parsed because it breaks one or more rules. It carries
 * every broken rule, not only the first.
 */
public final class ValidationException extends IllegalArgumentException {

  private final String type;
  private final List<Finding> findings;

  /**
   * @param type the simple name of the type that could not be built, e.g. {@code Meeting}
   * @param findings the broken rules; not empty
   */
  public ValidationException(String type, List<Finding> findings) {
    super(describe(type, findings));
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one finding");
    }
    this.type = type;
    this.findings = List.copyOf(findings);
  }

  /** One broken rule. */
  public static ValidationException of(String type, String path, String code, String message) {
    return new ValidationException(type, List.of(Finding.error(path, code, message)));
  }

  /** The simple name of the type that could not be built. */
  public String type() {
    return type;
  }

  /** Every broken rule, in the order found. */
  public List<Finding> findings() {
    return findings;
  }

  /** The codes of the broken rules, in order: handy in tests. */
  public List<String> codes() {
    return findings.stream().map(Finding::code).collect(Collectors.toList());
  }

  private static String describe(String type, List<Finding> findings) {
    String head =
        "Invalid "
            + type
            + " ("
            + findings.size()
            + (findings.size() == 1 ? " problem)" : " problems)");
    return findings.stream()
        .map(
            f ->
                "  "
                    + (f.path().isEmpty() ? "(value)" : f.path())
                    + ": "
                    + f.message()
                    + " ["
                    + f.code()
                    + "]")
        .collect(Collectors.joining("\n", head + ":\n", ""));
  }
}
