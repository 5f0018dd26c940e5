package dev.diplomacy.core.events;

/**
 * Whether the content of a {@link Message} was made public, as the source says: "the content of the
 * letter was not disclosed" is {@link #UNDISCLOSED}, which an absent {@link Message#content()}
 * alone cannot say (the source may just not quote it).
 */
public enum Disclosure {
  /** Made public in full: a published text. */
  DISCLOSED,
  /** Made public in part: {@link Message#content()} holds the part that was. */
  PARTLY_DISCLOSED,
  /** Not made public: the message has no {@link Message#content()}. */
  UNDISCLOSED
}
