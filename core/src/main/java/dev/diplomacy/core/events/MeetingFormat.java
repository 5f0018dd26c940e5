package dev.diplomacy.core.events;

/** How a {@link Meeting} was held. */
public enum MeetingFormat {
  /** Two sides face to face: bilateral talks. */
  BILATERAL,
  /** More than two sides face to face: a summit, a conference. */
  MULTILATERAL,
  /** By telephone. */
  PHONE,
  /** By video link. */
  VIDEO
}
