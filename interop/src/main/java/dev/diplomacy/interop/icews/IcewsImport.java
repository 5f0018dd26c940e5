package dev.diplomacy.interop.icews;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.interop.ImportCounts;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.ImportResult;
import java.util.List;

/**
 * What an {@link IcewsImporter} read: a dossier, the counts of rows, and every problem found.
 *
 * <p>Every data row is counted once: {@link #rowsRead()} = {@link #imported()} + {@link #merged()}
 * + {@link #rejected()}. An imported row became an event of its own; a merged row was the mirror of
 * another (B consults A beside A consults B) and joined that row's event; a rejected row has one or
 * more {@link ImportProblem#isRejection() rejections} with its line number, but under a header that
 * lacks columns, where the header's one rejection stands for every row. Blank lines are not rows:
 * each is reported as a warning.
 */
public final class IcewsImport extends ImportResult {

  private final int rowsRead;
  private final int merged;

  private final ImportCounts counts;

  IcewsImport(Dossier dossier, List<ImportProblem> problems, ImportCounts counts) {
    super(
        dossier, problems, Math.toIntExact(counts.imported()), Math.toIntExact(counts.rejected()));
    this.rowsRead = Math.toIntExact(counts.rowsRead());
    this.merged = Math.toIntExact(counts.merged());
    this.counts = counts;
  }

  /**
   * The counts of rows, as the {@linkplain IcewsImporter#stream stream} of the input gives them.
   */
  public ImportCounts counts() {
    return counts;
  }

  /** How many data rows were read: every line after the header that is not blank. */
  public int rowsRead() {
    return rowsRead;
  }

  /** How many rows were the mirror of another row and joined its event. */
  public int merged() {
    return merged;
  }

  /** {@code 2359 rows: 2145 imported, 214 merged, 0 rejected; 3 warnings}. */
  @Override
  public String toString() {
    return rowsRead
        + " rows: "
        + imported()
        + " imported, "
        + merged
        + " merged, "
        + rejected()
        + " rejected; "
        + warnings().size()
        + " warnings";
  }
}
