package dev.diplomacy.core.events;

/** How an event relates to another: the meaning of an {@link EventLink}. */
public enum LinkKind {
  /** This message replies to the linked message: Raúl Castro's greetings answer Kim Jong-un's. */
  REPLY_TO,
  /** This event is a part of the linked, larger one: a meeting during a state visit. */
  PART_OF,
  /** This event comes after the linked one, in sequence: a visit after an invitation. */
  FOLLOWS,
  /**
   * This event reacts to the linked one, without being a reply to a message: a statement on a
   * visit.
   */
  RESPONDS_TO,
  /** This event is the same happening as the linked one, recorded twice (e.g. by two data sets). */
  SAME_AS
}
