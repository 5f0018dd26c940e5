package dev.diplomacy.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a value cannot be built or parsed because it breaks one or more rules. It carries
 * every broken rule, not only the first. A builder that was not given a required attribute throws
 * one too, a {@link MissingAttributesException}.
 */
public sealed class ValidationException extends IllegalArgumentException
    permits MissingAttributesException {

  /** The simple name of the type that could not be built. */
  private final String type;

  /** The broken rules listed, in the order found. */
  private final List<Finding> findings;

  /** How many more broken rules were found and not listed. */
  private final int omitted;

  /**
   * @param type the simple name of the type that could not be built, e.g. {@code Meeting}
   * @param findings the broken rules; not empty
   */
  public ValidationException(String type, List<Finding> findings) {
    this(type, findings, 0);
  }

  /**
   * @param type the simple name of the type that could not be built, e.g. {@code Meeting}
   * @param findings the broken rules listed; not empty
   * @param omitted how many more were found and left out, past a limit; not negative
   */
  public ValidationException(String type, List<Finding> findings, int omitted) {
    super(describe(type, findings, omitted));
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one finding");
    }
    if (omitted < 0) {
      throw new IllegalArgumentException("omitted must not be negative, not " + omitted);
    }
    this.type = type;
    this.findings = List.copyOf(findings);
    this.omitted = omitted;
  }

  /** One broken rule. */
  public static ValidationException of(String type, String path, String code, String message) {
    return new ValidationException(type, List.of(Finding.error(path, code, message)));
  }

  /** The simple name of the type that could not be built. */
  public String type() {
    return type;
  }

  /**
   * Every broken rule, in the order found, up to a limit of a hundred for a value that is built
   * ({@link #omitted()} counts the rest).
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * How many broken rules were found beyond those listed: 0 unless the value broke more than a
   * hundred (one actor listed a million times in a meeting), whose findings are counted, not made.
   */
  public int omitted() {
    return omitted;
  }

  /** The codes of the broken rules, in order: handy in tests. */
  public List<String> codes() {
    return findings.stream().map(Finding::code).collect(Collectors.toList());
  }

  private static String describe(String type, List<Finding> findings, int omitted) {
    int all = findings.size() + omitted;
    String head =
        "Invalid "
            + type
            + " ("
            + all
            + (all == 1 ? " problem" : " problems")
            + (omitted > 0 ? ", the first " + findings.size() + " listed)" : ")");
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
