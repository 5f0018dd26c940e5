package dev.diplomacy.core.events;

/**
 * What a {@link Provision} of an {@link Agreement} commits its parties to. The words of the
 * provision say the rest: the field of a cooperation, the conditions of an assistance.
 */
public enum ProvisionKind {
  /**
   * Each party helps the other when it is attacked or at war: military or other assistance. Article
   * 4 of the 2024 treaty between Russia and North Korea.
   */
  MUTUAL_ASSISTANCE,
  /** The parties consult each other when one of them is threatened. */
  CONSULTATION,
  /** Neither party attacks the other, or uses or threatens force against it. */
  NON_AGGRESSION,
  /**
   * Neither party joins an alliance, a bloc or an agreement directed against the other, nor helps a
   * third state against it.
   */
  NON_ALIGNMENT_AGAINST,
  /** The parties cooperate in a field, which the words name: defence, trade, science, culture. */
  COOPERATION,
  /** Trade, investment, customs, economic exchange. */
  TRADE,
  /** One party gives the other aid: money, goods, loans, training. */
  AID,
  /** How disputes between the parties are settled. */
  DISPUTE_SETTLEMENT,
  /** When it enters into force, how long it lasts, how it is ended. */
  DURATION,
  /** Anything else. */
  OTHER
}
