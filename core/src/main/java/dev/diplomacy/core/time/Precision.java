package dev.diplomacy.core.time;

/** How much of a date a source gave: the year, the month, or the day. */
public enum Precision {
  YEAR,
  MONTH,
  DAY
}
