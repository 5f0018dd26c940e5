package dev.diplomacy.interop.gdelt;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.interop.ImportCounts;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.ImportResult;
import java.util.List;

/**
 * What a {@link GdeltImporter} read into memory: a dossier, the counts of rows, and every problem
 * found. Every row is counted once: {@link #rowsRead()} = {@link #imported()} + {@link
 * #rejected()}, as GDELT has no mirrored rows to merge. Blank lines are not rows: each is reported
 * as a warning.
 */
public final class GdeltImport extends ImportResult {

  private final ImportCounts counts;

  GdeltImport(Dossier dossier, List<ImportProblem> problems, ImportCounts counts) {
    super(
        dossier, problems, Math.toIntExact(counts.imported()), Math.toIntExact(counts.rejected()));
    this.counts = counts;
  }

  /** How many rows were read: every line that is not blank. */
  public int rowsRead() {
    return Math.toIntExact(counts.rowsRead());
  }

  /** The counts of the import, as its stream gave them. */
  public ImportCounts counts() {
    return counts;
  }

  /** {@code 2,111 rows: 2,111 imported, 0 merged, 0 rejected; 4 warnings}. */
  @Override
  public String toString() {
    return counts.toString();
  }
}
