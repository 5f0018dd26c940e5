package dev.diplomacy.spark;

/** The formats of event data that {@link DiplomacySpark} reads. */
public enum Format {
  /**
   * The library's NDJSON: a dossier's lines (an optional header, actors, sources, relationships,
   * events) or lines of events alone. Split as Spark splits text, so a large file is read by many
   * tasks.
   */
  NDJSON,
  /** ICEWS event data, tab-separated with a header row: one task per file. */
  ICEWS,
  /** PLOVER records, a JSON array or JSON lines: one task per file. */
  PLOVER,
  /** GDELT 2.0 event files ({@code .export.CSV}), plain or zipped: one task per file. */
  GDELT
}
