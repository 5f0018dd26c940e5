package dev.diplomacy.core.events;

/** The protocol level or purpose of a {@link Visit}. */
public enum VisitKind {
  /** A state visit: a head of state invited by another, with full ceremony. */
  STATE,
  /** An official visit, by a head of government or minister, at the host's invitation. */
  OFFICIAL,
  /** A working visit, for talks, with little ceremony. */
  WORKING,
  /** A private visit, not in an official capacity. */
  PRIVATE,
  /** A visit to offer condolences: Kim Jong-un at the Cuban embassy after Fidel Castro's death. */
  CONDOLENCE
}
