package dev.diplomacy.interop;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.DossierElement;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A foreign file read one row at a time, as the elements of a dossier: each actor and source once,
 * when a row first names it, before the event that refers to it; each event as its row is read.
 * Memory is bounded by what must be remembered across rows (the actors, and what each importer
 * documents), not by the length of the input, so files larger than the heap can be read.
 *
 * <pre>{@code
 * try (ImportStream rows = IcewsImporter.stream(path, problem -> log.warn("{}", problem))) {
 *   rows.stream().forEach(element -> ...);
 *   rows.counts();   // 2,359 rows: 2,145 imported, 214 merged, 0 rejected; 3 warnings
 * }
 * }</pre>
 *
 * <p>Every problem is handed to the handler given when the stream was opened, as soon as it is
 * found, in the order of the input (a row's problems may wait for the row's mirror, no longer);
 * nothing is kept, so a stream with millions of warnings holds none of them. Every row read is
 * counted as imported, merged or rejected ({@link #counts()}).
 *
 * <p>Not thread-safe. Closing it closes the input.
 */
public abstract class ImportStream implements Iterator<DossierElement>, Closeable {

  private final Consumer<? super ImportProblem> problems;
  private final @Nullable Closeable input;
  private final ArrayDeque<DossierElement> ready = new ArrayDeque<>();
  private long rowsRead;
  private long imported;
  private long merged;
  private long rejected;
  private long warnings;
  private boolean ended;

  /**
   * A stream that closes nothing: the caller keeps its input open.
   *
   * @param problems the handler of every problem found, called as each is found
   */
  protected ImportStream(Consumer<? super ImportProblem> problems) {
    this(problems, null);
  }

  /**
   * @param problems the handler of every problem found, called as each is found
   * @param input what {@link #close()} closes: the input the stream owns, or null when the caller
   *     keeps it open
   */
  protected ImportStream(Consumer<? super ImportProblem> problems, @Nullable Closeable input) {
    this.problems = Objects.requireNonNull(problems, "problems");
    this.input = input;
  }

  /**
   * Reads on until at least one element is {@linkplain #emit emitted} or the input ends.
   *
   * @return false when the input has ended and nothing more will be emitted
   * @throws IOException when the input cannot be read
   */
  protected abstract boolean readMore() throws IOException;

  /** Hands an element to the reader of the stream, after those emitted before it. */
  protected final void emit(DossierElement element) {
    ready.add(Objects.requireNonNull(element, "element"));
  }

  /** Hands a problem to the handler, counting it when it is a warning. */
  protected final void report(ImportProblem problem) {
    if (!problem.isRejection()) {
      warnings++;
    }
    problems.accept(problem);
  }

  /** Counts a row that became an event of its own. */
  protected final void countImported() {
    rowsRead++;
    imported++;
  }

  /** Counts a row that joined the event of another row. */
  protected final void countMerged() {
    rowsRead++;
    merged++;
  }

  /** Counts a row that was rejected; its rejections are {@linkplain #report reported}. */
  protected final void countRejected() {
    rowsRead++;
    rejected++;
  }

  /**
   * True when there is another element. Reading it may throw an {@link UncheckedIOException} when
   * the input cannot be read.
   */
  @Override
  public final boolean hasNext() {
    while (ready.isEmpty() && !ended) {
      try {
        ended = !readMore();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return !ready.isEmpty();
  }

  /** The next element. */
  @Override
  public final DossierElement next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more elements");
    }
    return ready.remove();
  }

  /** The elements left, as a stream that closes this one when it is closed. */
  public final Stream<DossierElement> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** The elements left, collected into a dossier: for inputs that fit in memory. */
  public final Dossier toDossier() {
    Dossier.Builder dossier = Dossier.builder();
    forEachRemaining(dossier::addElement);
    return dossier.build();
  }

  /** Closes the input the stream owns, if it owns one. */
  @Override
  public final void close() throws IOException {
    if (input != null) {
      input.close();
    }
  }

  /** How the rows read so far ended; once the stream has ended, how every row ended. */
  public final ImportCounts counts() {
    return new ImportCounts(rowsRead, imported, merged, rejected, warnings);
  }
}
