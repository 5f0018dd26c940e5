package dev.diplomacy.interop;

import dev.diplomacy.core.dossier.Dossier;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What an importer read: a dossier and every problem found, in the order of the input. Each
 * importer's result adds its own counts ({@code IcewsImport}, {@code PloverImport}).
 */
public abstract class ImportResult {

  private final Dossier dossier;
  private final List<ImportProblem> problems;
  private final int imported;
  private final int rejected;

  /**
   * @param dossier what was read
   * @param problems every problem, in the order of the input
   * @param imported how many rows or records became an event of their own
   * @param rejected how many rows or records were rejected
   */
  protected ImportResult(
      Dossier dossier, List<ImportProblem> problems, int imported, int rejected) {
    this.dossier = dossier;
    this.problems = List.copyOf(problems);
    this.imported = imported;
    this.rejected = rejected;
  }

  /** The actors, events and sources read. */
  public final Dossier dossier() {
    return dossier;
  }

  /** Every problem, rejections and warnings, in the order of the input. */
  public final List<ImportProblem> problems() {
    return problems;
  }

  /** The problems that rejected a row or record, in the order of the input. */
  public final List<ImportProblem> rejections() {
    return problems.stream()
        .filter(ImportProblem::isRejection)
        .collect(Collectors.toUnmodifiableList());
  }

  /** The warnings about what was imported, and about blank lines, in the order of the input. */
  public final List<ImportProblem> warnings() {
    return problems.stream().filter(p -> !p.isRejection()).collect(Collectors.toUnmodifiableList());
  }

  /** How many problems there are of each code, by code. */
  public final Map<String, Long> problemCounts() {
    return problems.stream()
        .collect(Collectors.groupingBy(ImportProblem::code, TreeMap::new, Collectors.counting()));
  }

  /** How many rows or records became an event of their own. */
  public final int imported() {
    return imported;
  }

  /**
   * How many rows or records were rejected, each with at least one rejection in {@link #problems()}
   * (or, for a problem of the whole input such as an ICEWS header without its columns, one
   * rejection for all).
   */
  public final int rejected() {
    return rejected;
  }
}
