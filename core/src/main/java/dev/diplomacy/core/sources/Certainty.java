package dev.diplomacy.core.sources;

/**
 * How sure the sources are that an event happened or a relationship holds. Reported claims are not
 * facts: an extractor says what the source does, not what the world is.
 */
public enum Certainty {
  /** Independently confirmed: several unrelated sources, or direct evidence such as a photo. */
  CONFIRMED,
  /**
   * A source reports it as fact, but it is not independently confirmed. The usual case for news,
   * and the default.
   */
  REPORTED,
  /**
   * A party says so about itself or its own side: "Fidel Castro said North Korea sent 100,000
   * rifles free of charge", a state media report of its own leader's deeds.
   */
  CLAIMED,
  /**
   * Someone accuses or suspects another of it, without proof given: "North Korea is allegedly
   * involved in the ivory trade".
   */
  ALLEGED,
  /** Sources contradict each other about it. */
  DISPUTED
}
