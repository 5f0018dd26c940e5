package dev.diplomacy.core.sources;

/** What sort of thing a source is. */
public enum SourceKind {
  /** A news or magazine article, on paper or on the web. */
  ARTICLE,
  /** A report of a news agency such as KCNA, TASS or Reuters. */
  AGENCY_REPORT,
  /** A photograph, with its caption. */
  PHOTO,
  /** A radio or television broadcast. */
  BROADCAST,
  /** A government's or organisation's own statement, communiqué or press release. */
  OFFICIAL_STATEMENT,
  /** A post on a social network. */
  SOCIAL_MEDIA,
  /** A data set, such as ICEWS or GDELT. */
  DATASET,
  /** Anything else. */
  OTHER
}
