package dev.diplomacy.core.events;

/**
 * What sort of diplomatic communication a {@link Message} is. CAMEO and PLOVER have no codes for
 * most of these, so the library has its own.
 */
public enum MessageKind {
  /** Greetings: "warm greetings", "his most wholehearted greetings". */
  GREETINGS,
  /** A letter, written or, as "a verbal personal letter", conveyed by word of mouth. */
  LETTER,
  /** A verbal message conveyed by an envoy. */
  VERBAL_MESSAGE,
  /** Congratulations: on a national day, an election, an anniversary. */
  CONGRATULATIONS,
  /** Condolences on a death or a disaster. */
  CONDOLENCES,
  /** Thanks: "expressed deep thanks". */
  THANKS,
  /** An invitation, e.g. to visit. */
  INVITATION,
  /** A note verbale: a formal, unsigned note between a ministry and an embassy. */
  NOTE_VERBALE,
  /** Anything else. */
  OTHER
}
