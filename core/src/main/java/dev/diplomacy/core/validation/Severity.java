package dev.diplomacy.core.validation;

/** How bad a finding is. */
public enum Severity {
  /** The value or dossier is invalid. */
  ERROR,
  /** Suspicious but allowed: worth a look by a person. */
  WARNING
}
