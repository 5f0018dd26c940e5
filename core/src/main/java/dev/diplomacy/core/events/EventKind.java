package dev.diplomacy.core.events;

/** The kind of an {@link Event}: one constant per type of the sealed family. */
public enum EventKind {
  /** A {@link Meeting}. */
  MEETING,
  /** A {@link Message}. */
  MESSAGE,
  /** A {@link SupportPledge}. */
  SUPPORT_PLEDGE,
  /** A {@link Visit}. */
  VISIT,
  /** A {@link Delegation}. */
  DELEGATION,
  /** A {@link Mourning}. */
  MOURNING,
  /** A {@link Statement}. */
  STATEMENT,
  /** A {@link MaterialTransfer}. */
  MATERIAL_TRANSFER,
  /** An {@link Agreement}. */
  AGREEMENT,
  /** A {@link CodedEvent}. */
  CODED,
  /**
   * A kind this version of the library does not know, kept by lenient reading: {@link OpaqueEvent}.
   */
  OPAQUE
}
