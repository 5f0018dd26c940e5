package dev.diplomacy.core.events;

/**
 * Which way a {@link Role} points in an event: from the actor who acts ({@link #SOURCE}) to the
 * actor acted upon ({@link #TARGET}). It is what graphs draw as an arrow and what event data such
 * as CAMEO and PLOVER code as source and target actors.
 *
 * @see Role#direction()
 */
public enum Direction {
  /** Acts on the others: the sender of a message, the visitor, the pledger. */
  SOURCE,
  /** Is acted upon: the recipient of a message, the host of a visit, the beneficiary. */
  TARGET,
  /**
   * Neither: takes part beside the others or on someone's behalf, such as the signatories of an
   * agreement, a mediator, an envoy or the members of a delegation.
   */
  NEUTRAL
}
