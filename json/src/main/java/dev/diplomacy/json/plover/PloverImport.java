package dev.diplomacy.json.plover;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.imports.ImportProblem;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a {@link PloverImporter} read: a dossier, the counts of records, and every problem found.
 *
 * <p>Every record is counted once: {@link #recordsRead()} = {@link #imported()} + {@link
 * #documents()} + {@link #rejected()}. An imported record became an event of the dossier; a
 * documentation record ({@code "event": "DOCUMENT"}) was skipped, its fields kept in the dossier's
 * extension {@code plover:documents}; a rejected record has one rejection in {@link #problems()},
 * at the line where it starts. Blank lines are not records.
 */
public final class PloverImport {

  private final Dossier dossier;
  private final List<ImportProblem> problems;
  private final int recordsRead;
  private final int imported;
  private final int documents;
  private final int rejected;

  PloverImport(Dossier dossier, List<ImportProblem> problems, int recordsRead, int imported, int documents, int rejected) {
    this.dossier = dossier;
    this.problems = List.copyOf(problems);
    this.recordsRead = recordsRead;
    this.imported = imported;
    this.documents = documents;
    this.rejected = rejected;
  }

  /** The actors, events and sources read: one event per imported record. */
  public Dossier dossier() {
    return dossier;
  }

  /** Every problem, rejections and warnings, in the order of the input. */
  public List<ImportProblem> problems() {
    return problems;
  }

  /** The problems that rejected a record, in the order of the input. */
  public List<ImportProblem> rejections() {
    return problems.stream().filter(ImportProblem::isRejection).collect(Collectors.toUnmodifiableList());
  }

  /** The warnings about records that were imported, and about blank lines, in the order of the input. */
  public List<ImportProblem> warnings() {
    return problems.stream().filter(p -> !p.isRejection()).collect(Collectors.toUnmodifiableList());
  }

  /** How many problems there are of each code, by code. */
  public Map<String, Long> problemCounts() {
    return problems.stream().collect(Collectors.groupingBy(ImportProblem::code, TreeMap::new, Collectors.counting()));
  }

  /** How many records were read: the elements of the array, or the lines that are not blank. */
  public int recordsRead() {
    return recordsRead;
  }

  /** How many records became an event. */
  public int imported() {
    return imported;
  }

  /** How many documentation records ({@code "event": "DOCUMENT"}) were skipped. */
  public int documents() {
    return documents;
  }

  /** How many records were rejected, each with one rejection in {@link #problems()}. */
  public int rejected() {
    return rejected;
  }

  /** {@code 323 records: 322 imported, 1 documentation, 0 rejected; 500 warnings}. */
  @Override
  public String toString() {
    return recordsRead
        + " records: "
        + imported
        + " imported, "
        + documents
        + " documentation, "
        + rejected
        + " rejected; "
        + warnings().size()
        + " warnings";
  }
}
