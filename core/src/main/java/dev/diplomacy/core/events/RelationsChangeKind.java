package dev.diplomacy.core.events;

/**
 * What a {@link RelationsChange} does to diplomatic relations. Each kind has its CAMEO code in
 * {@link dev.diplomacy.core.codes.EventCoding}'s table.
 */
public enum RelationsChangeKind {
  /** Establishes diplomatic relations that did not exist before. Begins a period of relations. */
  ESTABLISH(true, false),
  /** Breaks off diplomatic relations. Ends a period of relations. */
  BREAK(false, true),
  /**
   * Suspends diplomatic relations without breaking them off: missions withdrawn, relations on hold.
   * Ends a period of relations.
   */
  SUSPEND(false, true),
  /** Restores relations broken off or suspended before. Begins a period of relations. */
  RESTORE(true, false),
  /**
   * Lowers the level of relations without ending them: an embassy made a chargé d'affaires' post, a
   * mission reduced.
   */
  DOWNGRADE(false, false),
  /** Opens an embassy, or another resident mission, in the counterpart's country. */
  OPEN_EMBASSY(false, false),
  /** Closes an embassy, or another resident mission, in the counterpart's country. */
  CLOSE_EMBASSY(false, false),
  /** Recalls its own ambassador or other diplomats from the counterpart's country. */
  RECALL_DIPLOMATS(false, false),
  /** Expels the counterpart's ambassador or other diplomats: declared persona non grata. */
  EXPEL_DIPLOMATS(false, false);

  private final boolean begins;
  private final boolean ends;

  RelationsChangeKind(boolean begins, boolean ends) {
    this.begins = begins;
    this.ends = ends;
  }

  /**
   * True when a change of this kind can begin a period of a {@link
   * dev.diplomacy.core.relations.Relationship}: {@link #ESTABLISH} and {@link #RESTORE}.
   */
  public boolean begins() {
    return begins;
  }

  /**
   * True when a change of this kind can end a period of a {@link
   * dev.diplomacy.core.relations.Relationship}: {@link #BREAK} and {@link #SUSPEND}.
   */
  public boolean ends() {
    return ends;
  }
}
