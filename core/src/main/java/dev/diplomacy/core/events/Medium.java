package dev.diplomacy.core.events;

/** How a {@link Message} was delivered. */
public enum Medium {
  /** Spoken: by the sender on the phone, or conveyed by an envoy in person. */
  ORAL,
  /** Written: a letter, a telegram, a note. */
  WRITTEN
}
