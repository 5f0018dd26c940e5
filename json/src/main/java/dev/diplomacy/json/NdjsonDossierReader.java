package dev.diplomacy.json;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.DossierElement;
import java.io.Closeable;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dossier's NDJSON: one element a line (an actor, an event, a source or a relationship,
 * each named by its {@code "type"}), after an optional header line that holds the dossier's own
 * properties. An NDJSON file of events is one too, with no header. Like {@link NdjsonReader}, on
 * which it is built, it reads in constant memory (unless asked for {@link #toDossier()}), and a bad
 * line fails or is skipped and reported by the {@link ErrorPolicy}, with its line number.
 *
 * <pre>{@code
 * try (NdjsonDossierReader lines = NdjsonDossierReader.of(json, in, ErrorPolicy.failFast())) {
 *   lines.header().flatMap(Dossier::title).ifPresent(System.out::println);
 *   lines.stream().forEach(element -> ...);
 * }
 * Dossier dossier = NdjsonDossierReader.of(json, in).toDossier();
 * }</pre>
 *
 * <p>The header, {@code {"type": "dossier", "formatVersion": "1.0", "title": "..."}}, may only be
 * the first line that is not blank: a header after another line is a bad line ({@code
 * ndjson.header.notFirst}), and so is a second one ({@code ndjson.header.duplicate}). It is read as
 * a {@link Dossier} that holds no element. The format's FORMAT.md states every rule.
 *
 * <p>Not thread-safe. Closing it closes the stream.
 */
public final class NdjsonDossierReader implements Iterator<DossierElement>, Closeable {

  private final NdjsonReader<Object> lines;
  private final ErrorPolicy policy;
  private @Nullable Dossier header;
  private long headerLine;
  private boolean anyLineBefore;
  private long refusedHeaders;
  private @Nullable DossierElement next;
  private long nextLine;
  private long valueLine;

  private NdjsonDossierReader(DiplomacyJson json, InputStream in, ErrorPolicy policy) {
    this.policy = policy;
    this.lines = NdjsonReader.of(json, DossierElementCodec.LINE, "a line", in, policy);
  }

  /** A reader of {@code in}, a dossier's NDJSON, read by {@code json}. */
  public static NdjsonDossierReader of(DiplomacyJson json, InputStream in, ErrorPolicy policy) {
    return new NdjsonDossierReader(json, in, policy);
  }

  /** A reader that fails at the first bad line. */
  public static NdjsonDossierReader of(DiplomacyJson json, InputStream in) {
    return of(json, in, ErrorPolicy.failFast());
  }

  /**
   * The header: the dossier's format version, title and extensions, as a dossier that holds no
   * element; empty when the file has none. It is read with the first line, so this may read that
   * far, and throw as {@link #hasNext()} does.
   */
  public Optional<Dossier> header() {
    if (!anyLineBefore) {
      hasNext();
    }
    return Optional.ofNullable(header);
  }

  /**
   * True when there is another element. Reading it may throw the {@link DiplomacyJsonException} of
   * a bad line (fail fast) or an {@link UncheckedIOException}.
   */
  @Override
  public boolean hasNext() {
    while (next == null && lines.hasNext()) {
      Object line = lines.next();
      boolean first = !anyLineBefore && lines.skippedLines() == 0;
      anyLineBefore = true;
      if (line instanceof DossierElement element) {
        next = element;
        nextLine = lines.lineNumber();
      } else if (first) {
        header = (Dossier) line;
        headerLine = lines.lineNumber();
      } else {
        refuseHeader();
      }
    }
    anyLineBefore = true;
    return next != null;
  }

  /** The next element. */
  @Override
  public DossierElement next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines");
    }
    DossierElement element = next;
    next = null;
    valueLine = nextLine;
    return element;
  }

  /** The elements left, as a stream that closes this reader when it is closed. */
  public Stream<DossierElement> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /**
   * Reads every line left into a dossier: the header's format version, title and extensions (the
   * defaults when there is none), and the elements in the order of their lines; then closes this
   * reader. The dossier is held whole in memory. Its rules across elements (references, unique ids)
   * are checked by {@link Dossier#validate()}, not here.
   */
  public Dossier toDossier() {
    try {
      Dossier.Builder dossier = Dossier.builder();
      header().ifPresent(dossier::from);
      while (hasNext()) {
        dossier.addElement(next());
      }
      return dossier.build();
    } finally {
      close();
    }
  }

  /**
   * The line number, from 1, of the element last returned by {@link #next()}; 0 before the first.
   */
  public long lineNumber() {
    return valueLine;
  }

  /** How many bad lines were skipped and reported so far. */
  public long skippedLines() {
    return lines.skippedLines() + refusedHeaders;
  }

  /** Closes the stream. */
  @Override
  public void close() {
    lines.close();
  }

  /** A header line after the first line: fails, or is skipped and reported. */
  private void refuseHeader() {
    boolean twice = header != null;
    refusedHeaders++;
    policy.handle(
        DiplomacyJsonException.of(
                new Problem(
                    "/type",
                    OptionalInt.empty(),
                    OptionalInt.empty(),
                    twice ? Codes.NDJSON_HEADER_DUPLICATE : Codes.NDJSON_HEADER_NOT_FIRST,
                    twice
                        ? "a second header: the dossier's header is given once, on line "
                            + headerLine
                        : "the dossier's header may only be the first line, before every element"))
            .onLine(lines.lineNumber()));
  }
}
