package dev.diplomacy.core.events;

/**
 * The part an actor plays in an event. Each kind of event uses its own roles; the typed events
 * derive them from their fields (a {@link Message}'s sender is its {@link #SENDER}).
 */
public enum Role {
  /** Takes part, with no more specific role given. The default. */
  PARTICIPANT,
  /** Receives the others, at home: the host of a meeting or a visit. */
  HOST,
  /** Is received by the host of a meeting. */
  GUEST,
  /** Leads a delegation: Ri Su-yong at the head of the Korean delegation in Havana. */
  HEAD_OF_DELEGATION,
  /** Belongs to a delegation, under its head. */
  DELEGATION_MEMBER,
  /** Brings others together without being one of the sides. */
  MEDIATOR,
  /** Sends a message or a delegation. */
  SENDER,
  /** Receives a message, or the material of a transfer. */
  RECIPIENT,
  /** Carries a message on the sender's behalf: Ri Su-yong conveying Kim Jong-un's letter. */
  ENVOY,
  /** Promises support. */
  PLEDGER,
  /** Is promised support. */
  BENEFICIARY,
  /** Makes a visit. */
  VISITOR,
  /** Gives the material of a transfer: arms, aid, goods. */
  PROVIDER,
  /** Makes a statement. */
  SPEAKER,
  /** Is what a statement is about: "a veteran and irreproachable combatant". */
  SUBJECT,
  /** Signs an agreement. */
  SIGNATORY,
  /** Declares a mourning: a state or organisation. */
  DECLARER,
  /** Is mourned: the dead person a mourning is declared for. */
  MOURNED,
  /** The actor that does something, in coded event data (CAMEO's source actor). */
  SOURCE_ACTOR,
  /** The actor something is done to, in coded event data (CAMEO's target actor). */
  TARGET_ACTOR
}
