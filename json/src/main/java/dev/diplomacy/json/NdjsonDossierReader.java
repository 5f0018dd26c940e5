package dev.diplomacy.json;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.ErrorPolicy;
import dev.diplomacy.json.format.internal.NdjsonDossierLines;
import dev.diplomacy.json.format.internal.NdjsonLineReader;
import java.io.Closeable;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

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

  private final NdjsonDossierLines lines;

  private NdjsonDossierReader(DiplomacyJson json, InputStream in, ErrorPolicy policy) {
    this.lines =
        new NdjsonDossierLines(
            NdjsonReader.ofCodec(
                    json, NdjsonDossierLines.lineCodec(), NdjsonDossierLines.WHAT, in, policy)
                .lines(),
            policy);
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
    return lines.header();
  }

  /**
   * True when there is another element. Reading it may throw the {@link DiplomacyJsonException} of
   * a bad line (fail fast) or an {@link UncheckedIOException}.
   */
  @Override
  public boolean hasNext() {
    return lines.hasNext();
  }

  /** The next element. */
  @Override
  public DossierElement next() {
    return lines.next();
  }

  /** The elements left, as a stream that closes this reader when it is closed. */
  public Stream<DossierElement> stream() {
    return NdjsonLineReader.stream(this, this);
  }

  /**
   * Reads every line left into a dossier: the header's format version, title and extensions (the
   * defaults when there is none), and the elements in the order of their lines; then closes this
   * reader. The dossier is held whole in memory. Its rules across elements (references, unique ids)
   * are checked by {@link Dossier#validate()}, not here.
   */
  public Dossier toDossier() {
    return lines.toDossier();
  }

  /**
   * The line number, from 1, of the element last returned by {@link #next()}; 0 before the first.
   */
  public long lineNumber() {
    return lines.lineNumber();
  }

  /** How many bad lines were skipped and reported so far. */
  public long skippedLines() {
    return lines.skippedLines();
  }

  /** Closes the stream. */
  @Override
  public void close() {
    lines.close();
  }
}
