package dev.diplomacy.interop.plover;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.interop.ImportCounts;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.ImportResult;
import java.util.List;

/**
 * What a {@link PloverImporter} read: a dossier, the counts of records, and every problem found.
 *
 * <p>Every record is counted once: {@link #recordsRead()} = {@link #imported()} + {@link
 * #documents()} + {@link #rejected()}. An imported record became an event of the dossier; a
 * documentation record ({@code "event": "DOCUMENT"}) was skipped, its fields kept in the dossier's
 * extension {@code plover:documents}, and reported as a warning ({@code
 * plover.record.documentation}); a rejected record has one rejection in {@link #problems()}, at the
 * line where it starts. Blank lines are not records.
 */
public final class PloverImport extends ImportResult {

  private final int recordsRead;
  private final int documents;
  private final ImportCounts counts;

  PloverImport(Dossier dossier, List<ImportProblem> problems, ImportCounts counts, int documents) {
    super(
        dossier, problems, Math.toIntExact(counts.imported()), Math.toIntExact(counts.rejected()));
    this.recordsRead = Math.toIntExact(counts.rowsRead() + documents);
    this.documents = documents;
    this.counts = counts;
  }

  /**
   * The counts of records, as the {@linkplain PloverImporter#stream stream} of the input gives
   * them: the documentation records are not among them ({@link #documents()}).
   */
  public ImportCounts counts() {
    return counts;
  }

  /** How many records were read: the elements of the array, or the lines that are not blank. */
  public int recordsRead() {
    return recordsRead;
  }

  /** How many documentation records ({@code "event": "DOCUMENT"}) were skipped. */
  public int documents() {
    return documents;
  }

  /** {@code 323 records: 322 imported, 1 documentation, 0 rejected; 500 warnings}. */
  @Override
  public String toString() {
    return recordsRead
        + " records: "
        + imported()
        + " imported, "
        + documents
        + " documentation, "
        + rejected()
        + " rejected; "
        + warnings().size()
        + " warnings";
  }
}
