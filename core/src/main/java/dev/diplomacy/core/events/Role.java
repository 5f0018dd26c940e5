package dev.diplomacy.core.events;

/**
 * The part an actor plays in an event. Each kind of event uses its own roles; the typed events
 * derive them from their fields (a {@link Message}'s sender is its {@link #SENDER}).
 *
 * <p>Each role has a {@link #direction()}: who acts ({@link Direction#SOURCE}) and who is acted
 * upon ({@link Direction#TARGET}), which graphs draw as arrows and event data codes as source and
 * target actors.
 */
public enum Role {
  /** Takes part, with no more specific role given. The default. Neutral. */
  PARTICIPANT(Direction.NEUTRAL),
  /**
   * Receives the others, at home: the host of a meeting or a visit. A target: the visitors, the
   * guests and a delegation's sender go to the host. (CAMEO codes a hosted meeting as 043, "host a
   * visit", with the host as its source: a meeting's coding says so.)
   */
  HOST(Direction.TARGET),
  /** Is received by the host of a meeting. A source: the guest goes to the host. */
  GUEST(Direction.SOURCE),
  /**
   * Leads a delegation: Ri Su-yong at the head of the Korean delegation in Havana. Neutral: a
   * delegation goes from its sender.
   */
  HEAD_OF_DELEGATION(Direction.NEUTRAL),
  /** Belongs to a delegation, under its head. Neutral, as the head. */
  DELEGATION_MEMBER(Direction.NEUTRAL),
  /** Brings others together without being one of the sides. Neutral. */
  MEDIATOR(Direction.NEUTRAL),
  /** Sends a message or a delegation. A source. */
  SENDER(Direction.SOURCE),
  /** Receives a message, or the material of a transfer. A target. */
  RECIPIENT(Direction.TARGET),
  /**
   * Carries a message on the sender's behalf: Ri Su-yong conveying Kim Jong-un's letter. Neutral:
   * the message goes from the sender.
   */
  ENVOY(Direction.NEUTRAL),
  /** Promises support. A source. */
  PLEDGER(Direction.SOURCE),
  /** Is promised support. A target. */
  BENEFICIARY(Direction.TARGET),
  /** Makes a visit. A source. */
  VISITOR(Direction.SOURCE),
  /** Gives the material of a transfer: arms, aid, goods. A source. */
  PROVIDER(Direction.SOURCE),
  /** Makes a statement. A source. */
  SPEAKER(Direction.SOURCE),
  /** Is what a statement is about: "a veteran and irreproachable combatant". A target. */
  SUBJECT(Direction.TARGET),
  /** Signs an agreement. Neutral: signatories are equals. */
  SIGNATORY(Direction.NEUTRAL),
  /**
   * Is bound by an agreement: a state or an organisation, which its signatories sign for. Neutral:
   * parties are equals.
   */
  PARTY(Direction.NEUTRAL),
  /** Declares a mourning: a state or organisation. A source. */
  DECLARER(Direction.SOURCE),
  /** Is mourned: the dead person a mourning is declared for. A target. */
  MOURNED(Direction.TARGET),
  /**
   * Takes a step in diplomatic relations: establishes or breaks them off, closes an embassy, expels
   * diplomats. A source.
   */
  INITIATOR(Direction.SOURCE),
  /**
   * The actor a step in diplomatic relations is taken towards: whose diplomats are expelled, where
   * an embassy is closed. A target.
   */
  COUNTERPART(Direction.TARGET),
  /**
   * A person recalled or expelled in a change of relations: an ambassador, a chargé d'affaires.
   * Neutral: the step is the initiator's, towards the counterpart.
   */
  DIPLOMAT(Direction.NEUTRAL),
  /** The actor that does something, in coded event data (CAMEO's source actor). A source. */
  SOURCE_ACTOR(Direction.SOURCE),
  /** The actor something is done to, in coded event data (CAMEO's target actor). A target. */
  TARGET_ACTOR(Direction.TARGET);

  private final Direction direction;

  Role(Direction direction) {
    this.direction = direction;
  }

  /**
   * Whether an actor in this role acts ({@link Direction#SOURCE}), is acted upon ({@link
   * Direction#TARGET}), or neither ({@link Direction#NEUTRAL}).
   */
  public Direction direction() {
    return direction;
  }
}
