package dev.diplomacy.core.actors;

/** Which of the three kinds of {@link Actor} an actor is. */
public enum ActorKind {
  /** A {@link Person}. */
  PERSON,
  /** An {@link Organization}. */
  ORGANIZATION,
  /** A {@link State}: a country acting as a whole. */
  STATE
}
