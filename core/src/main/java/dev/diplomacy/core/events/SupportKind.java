package dev.diplomacy.core.events;

/** The kind of support a {@link SupportPledge} promises. */
public enum SupportKind {
  /** Political backing: "firm support and solidarity". */
  POLITICAL,
  /** Diplomatic backing: votes, recognition, advocacy abroad. */
  DIPLOMATIC,
  /** Arms, troops, training. */
  MILITARY,
  /** Money, trade, credit. */
  ECONOMIC,
  /** Food, medicine, relief. */
  HUMANITARIAN,
  /** Support of a kind the source does not say: "all sorts of support". Never with another kind. */
  UNSPECIFIED
}
