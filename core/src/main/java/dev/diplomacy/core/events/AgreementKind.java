package dev.diplomacy.core.events;

/** The form of an {@link Agreement}. */
public enum AgreementKind {
  /** A treaty, binding under international law. */
  TREATY,
  /** A memorandum of understanding. */
  MEMORANDUM,
  /** A joint statement or declaration. */
  JOINT_STATEMENT,
  /** A contract. */
  CONTRACT,
  /** Anything else. */
  OTHER
}
