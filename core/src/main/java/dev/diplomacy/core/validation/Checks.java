package dev.diplomacy.core.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Collects the broken rules of one value, then throws them all at once. Value types use it in
 * their {@code @Value.Check} method:
 *
 * <pre>{@code
 * Checks.of("Meeting")
 *     .require(distinct >= 2, "participants", "meeting.participants.distinct", "...")
 *     .throwIfAny();
 * }</pre>
 */
public final class Checks {

  private final String type;
  private final List<Finding> findings = new ArrayList<>();

  private Checks(String type) {
    this.type = type;
  }

  /** Starts the checks of a value of the named type (its simple name, e.g. {@code Meeting}). */
  public static Checks of(String type) {
    return new Checks(type);
  }

  /** Records an error unless {@code ok}. */
  public Checks require(boolean ok, String path, String code, String message) {
    if (!ok) {
      findings.add(Finding.error(path, code, message));
    }
    return this;
  }

  /** Records an error unless {@code ok}, with a message made only then. */
  public Checks require(boolean ok, String path, String code, Supplier<String> message) {
    if (!ok) {
      findings.add(Finding.error(path, code, message.get()));
    }
    return this;
  }

  /** Records an error when {@code text} is empty or only white space. */
  public Checks notBlank(String text, String path, String code) {
    return require(!text.isBlank(), path, code, path + " must not be blank");
  }

  /** Records an error for each element of {@code texts} that is blank, at {@code path[i]}. */
  public Checks noneBlank(List<String> texts, String path, String code) {
    for (int i = 0; i < texts.size(); i++) {
      notBlank(texts.get(i), path + "[" + i + "]", code);
    }
    return this;
  }

  /**
   * Records an error at {@code path[i]} for each element equal to one before it.
   */
  public <T> Checks unique(List<T> values, String path, String code, String what) {
    if (values.size() < 2) {
      return this;
    }
    Set<T> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      if (!seen.add(values.get(i))) {
        findings.add(
            Finding.error(path + "[" + i + "]", code, what + " " + values.get(i) + " is listed twice"));
      }
    }
    return this;
  }

  /** Adds findings found elsewhere, e.g. by a shared rule. */
  public Checks addAll(Collection<Finding> more) {
    if (more.isEmpty()) {
      return this;
    }
    findings.addAll(more);
    return this;
  }

  /** True when nothing is broken so far. */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /** Throws a {@link ValidationException} listing every broken rule, if any. */
  public void throwIfAny() {
    if (!findings.isEmpty()) {
      throw new ValidationException(type, findings);
    }
  }
}
