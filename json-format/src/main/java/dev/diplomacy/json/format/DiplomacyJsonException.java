package dev.diplomacy.json.format;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The one exception of the JSON binding: the document (or the value to write) is not valid. It
 * carries every problem found, each with its JSON Pointer, its line and column where known, and a
 * stable code; reading collects all the problems of a document before it throws, up to {@link
 * JsonLimits#maxProblems()}.
 *
 * <p>Failures of the underlying stream are not problems of the document: they arrive as {@link
 * java.io.UncheckedIOException}.
 */
public final class DiplomacyJsonException extends RuntimeException {

  /** The problems of the document, in the order they were found; at least one. */
  private final List<Problem> problems;

  /** Whether reading stopped at {@link JsonLimits#maxProblems()}, so that more may be wrong. */
  private final boolean truncated;

  private DiplomacyJsonException(List<Problem> problems, boolean truncated) {
    super(describe(problems, truncated));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a DiplomacyJsonException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
    this.truncated = truncated;
  }

  /**
   * The exception of {@code problems}, at least one, of which there may be more ({@code truncated})
   * when reading stopped at {@link JsonLimits#maxProblems()}: for the bindings, which find them.
   */
  public static DiplomacyJsonException of(List<Problem> problems, boolean truncated) {
    return new DiplomacyJsonException(problems, truncated);
  }

  /** The exception of one problem: for the bindings, which find it. */
  public static DiplomacyJsonException of(Problem problem) {
    return new DiplomacyJsonException(List.of(problem), false);
  }

  /** The same problems, found on line {@code line} of a larger text such as an NDJSON file. */
  public DiplomacyJsonException onLine(long line) {
    OptionalInt l = line <= Integer.MAX_VALUE ? OptionalInt.of((int) line) : OptionalInt.empty();
    return new DiplomacyJsonException(
        problems.stream().map(p -> p.onLine(l)).collect(Collectors.toList()), truncated);
  }

  /** Whether reading stopped at {@link JsonLimits#maxProblems()}, so that more may be wrong. */
  public boolean truncated() {
    return truncated;
  }

  /** Every problem found, in document order as far as reading allowed. */
  public List<Problem> problems() {
    return problems;
  }

  /** The codes of the problems, in order: handy in tests. */
  public List<String> codes() {
    return problems.stream().map(Problem::code).collect(Collectors.toList());
  }

  private static String describe(List<Problem> problems, boolean truncated) {
    String head =
        "Invalid JSON ("
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + (truncated ? ", reading stopped there" : "")
            + ")";
    return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", head + ":\n", ""));
  }
}
