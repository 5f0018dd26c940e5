package dev.diplomacy.core.icews;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.imports.ImportProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an {@link IcewsImporter} read: a dossier, the counts of rows, and every problem found.
 *
 * <p>Every data row is counted once: {@link #rowsRead()} = {@link #imported()} + {@link
 * #merged()} + {@link #rejected()}. An imported row became an event of its own; a merged row was
 * the mirror of another (B consults A beside A consults B) and joined that row's event; a rejected
 * row has one or more {@link ImportProblem#isRejection() rejections} with its line number. Blank
 * lines are not rows: each is reported as a warning.
 */
public final class IcewsImport {

  private final Dossier dossier;
  private final List<ImportProblem> problems;
  private final int rowsRead;
  private final int imported;
  private final int merged;
  private final int rejected;

  IcewsImport(Dossier dossier, List<ImportProblem> problems, int rowsRead, int imported, int merged, int rejected) {
    this.dossier = dossier;
    this.problems = List.copyOf(problems);
    this.rowsRead = rowsRead;
    this.imported = imported;
    this.merged = merged;
    this.rejected = rejected;
  }

  /** The actors, events and sources read: one event per imported row. */
  public Dossier dossier() {
    return dossier;
  }

  /** Every problem, rejections and warnings, in the order of the input. */
  public List<ImportProblem> problems() {
    return problems;
  }

  /** The problems that rejected a row, in the order of the input. */
  public List<ImportProblem> rejections() {
    return problems.stream().filter(ImportProblem::isRejection).collect(Collectors.toUnmodifiableList());
  }

  /** The warnings about rows that were imported, and about blank lines, in the order of the input. */
  public List<ImportProblem> warnings() {
    return problems.stream().filter(p -> !p.isRejection()).collect(Collectors.toUnmodifiableList());
  }

  /** How many data rows were read: every line after the header that is not blank. */
  public int rowsRead() {
    return rowsRead;
  }

  /** How many rows became an event of their own. */
  public int imported() {
    return imported;
  }

  /** How many rows were the mirror of another row and joined its event. */
  public int merged() {
    return merged;
  }

  /** How many rows were rejected, each with at least one rejection in {@link #problems()}. */
  public int rejected() {
    return rejected;
  }

  /** {@code 2359 rows: 2145 imported, 214 merged, 0 rejected; 3 warnings}. */
  @Override
  public String toString() {
    return rowsRead
        + " rows: "
        + imported
        + " imported, "
        + merged
        + " merged, "
        + rejected
        + " rejected; "
        + warnings().size()
        + " warnings";
  }
}
