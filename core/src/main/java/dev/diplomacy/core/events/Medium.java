package dev.diplomacy.core.events;

/**
 * How a {@link Message} travelled from its sender to its recipients: by telegram, by telephone, in
 * person... Give the most specific value the source supports; {@link #ORAL} and {@link #WRITTEN}
 * are for a source that says no more than that ("a verbal personal letter").
 *
 * <p>A letter carried in person is a {@link #LETTER}, its bearer the {@link Message#envoy()};
 * {@link #IN_PERSON} is a message said face to face. Until format 1.1 there were only {@link #ORAL}
 * and {@link #WRITTEN}, which keep their meaning.
 */
public enum Medium {
  /** Spoken, the source saying no more: "a verbal message", "a verbal personal letter". */
  ORAL,
  /** Written, the source saying no more. */
  WRITTEN,
  /** Said face to face, by the sender or by an envoy, to the recipients. */
  IN_PERSON,
  /** By telephone. (A telephone conversation is a {@link Meeting} of format PHONE.) */
  TELEPHONE,
  /** By video: a video call or a recorded video message. */
  VIDEO,
  /** A letter, on paper, sent or handed over. */
  LETTER,
  /** A telegram or cable: KCNA's "sent a message of greetings" is often one. */
  TELEGRAM,
  /**
   * A diplomatic note (a note verbale, an aide-mémoire) delivered through an embassy or ministry.
   */
  DIPLOMATIC_NOTE,
  /** By email. */
  EMAIL,
  /** Published or broadcast for all to read or hear: an open letter, a message read on radio. */
  MEDIA,
  /** A post on a social network. */
  SOCIAL_MEDIA;
}
