package dev.diplomacy.core.events;

/** What a {@link Statement} does. */
public enum StatementKind {
  /** Praises or endorses its subject: "a veteran and irreproachable combatant". */
  PRAISE,
  /** Criticises or condemns its subject. */
  CRITICISM,
  /** Promises or vows: "to develop solid and deep-rooted foundations of friendship". */
  VOW,
  /** Denies something. */
  DENIAL,
  /** Asserts something as fact: "sent 100,000 rifles without charging a cent". */
  CLAIM,
  /** Accuses its subject of something. */
  ACCUSATION,
  /** Anything else. */
  OTHER
}
