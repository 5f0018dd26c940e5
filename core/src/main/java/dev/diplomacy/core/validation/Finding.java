package dev.diplomacy.core.validation;

import java.util.Objects;

/**
 * One broken rule.
 *
 * @param path where, in the property names of the Java types: {@code participants[1]}, {@code
 *     events[3].envoy}; empty for the value as a whole
 * @param code a stable, dotted code such as {@code meeting.participants.distinct}, safe to match on
 * @param severity error or warning
 * @param message what is wrong, for a person
 */
public record Finding(String path, String code, Severity severity, String message) {

  public Finding {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /** An error at {@code path}. */
  public static Finding error(String path, String code, String message) {
    return new Finding(path, code, Severity.ERROR, message);
  }

  /** A warning at {@code path}. */
  public static Finding warning(String path, String code, String message) {
    return new Finding(path, code, Severity.WARNING, message);
  }

  /** True for {@link Severity#ERROR}. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * This finding seen from an enclosing value: {@code at("events[2]")} turns path {@code envoy}
   * into {@code events[2].envoy}.
   */
  public Finding at(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    if (path.isEmpty()) {
      return new Finding(prefix, code, severity, message);
    }
    String joined = path.startsWith("[") ? prefix + path : prefix + "." + path;
    return new Finding(joined, code, severity, message);
  }

  /** {@code ERROR participants[1] meeting.participants.distinct: message}. */
  @Override
  public String toString() {
    return severity + " " + (path.isEmpty() ? "(value)" : path) + " " + code + ": " + message;
  }
}
