package dev.diplomacy.interop;

import java.util.Locale;

/**
 * How the rows or records of an import ended, so far or in all: every row read is counted once as
 * imported (it became an event of its own), merged (it joined the event of another row, as an ICEWS
 * consultation's mirror does) or rejected (with at least one rejection among the problems): {@code
 * rowsRead == imported + merged + rejected}.
 *
 * @param rowsRead the rows or records read
 * @param imported how many became an event of their own
 * @param merged how many joined the event of another row
 * @param rejected how many were rejected
 * @param warnings how many warnings were reported, about rows imported or about the input
 */
public record ImportCounts(
    long rowsRead, long imported, long merged, long rejected, long warnings) {

  /** Checks that no count is negative and that every row is counted once. */
  public ImportCounts {
    if (rowsRead < 0 || imported < 0 || merged < 0 || rejected < 0 || warnings < 0) {
      throw new IllegalArgumentException(
          "a count is negative: " + describe(rowsRead, imported, merged, rejected, warnings));
    }
    if (imported + merged + rejected != rowsRead) {
      throw new IllegalArgumentException(
          "the rows imported, merged and rejected do not add up to the rows read: "
              + describe(rowsRead, imported, merged, rejected, warnings));
    }
  }

  /** {@code 2,359 rows: 2,145 imported, 214 merged, 0 rejected; 3 warnings}. */
  @Override
  public String toString() {
    return describe(rowsRead, imported, merged, rejected, warnings);
  }

  private static String describe(
      long rowsRead, long imported, long merged, long rejected, long warnings) {
    return String.format(
        Locale.ROOT,
        "%,d rows: %,d imported, %,d merged, %,d rejected; %,d warnings",
        rowsRead,
        imported,
        merged,
        rejected,
        warnings);
  }
}
