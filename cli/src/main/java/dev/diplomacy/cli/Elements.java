package dev.diplomacy.cli;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.validation.Severity;
import dev.diplomacy.interop.ImportCounts;
import dev.diplomacy.interop.ImportStream;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.NdjsonDossierReader;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.ErrorPolicy;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * An input read as a stream of elements, whatever its format, the one way every command reads one
 * element at a time: a dossier (read whole, then handed out element by element), a dossier's NDJSON
 * or NDJSON of events (line by line), ICEWS, PLOVER or GDELT (row by row, through the importer's
 * {@link ImportStream}). Memory is bounded by what the format must remember (the actors of an
 * import), not by the length of the input, except for a dossier, which is one JSON document.
 *
 * <p>Every problem goes to the handler as it is found, in the order of the input: a bad NDJSON line
 * or a rejected row as an error, a warning as a warning; the ids used on two NDJSON lines are found
 * in bounded memory ({@link DuplicateIds}) and reported once every line is read. An input that
 * stops being readable part way (a truncated or corrupt zip file, bytes that are not UTF-8 where
 * the importer needs text) is an error too ({@value #CORRUPT}), and ends the stream.
 *
 * <p>With {@code stopAtError}, the stream ends at the first error, before any element read after
 * it: a command that writes as it reads then writes nothing past a rejected row.
 */
final class Elements {

  /** The code of an input that cannot be read on part way: a truncated or corrupt zip file. */
  static final String CORRUPT = "input.corrupt";

  private Elements() {}

  /** Receives what the input holds, in its order. */
  interface Sink {
    /**
     * The input's header, before any element: a dossier's title and extensions (its elements are
     * not part of the header); none for NDJSON of events or an import.
     */
    default void header(Dossier header) {}

    /** One element, read at {@code line} of the input (0 for a dossier, one JSON document). */
    void element(DossierElement element, long line);
  }

  /**
   * How the reading ended.
   *
   * @param header the input's header, when it has one
   * @param counts how every row of an import ended (read = imported + merged + rejected); none for
   *     a dossier or NDJSON
   * @param lines the lines of NDJSON read; 0 for other inputs
   * @param elements the elements handed out
   * @param events the events among them
   * @param badLines the NDJSON lines that were not an element
   * @param errors the errors reported
   * @param warnings the warnings reported
   * @param stopped true when the stream ended at an error, which may have been at the end of the
   *     input
   * @param firstError the first error, when there was one
   */
  record Summary(
      Optional<Dossier> header,
      Optional<ImportCounts> counts,
      long lines,
      long elements,
      long events,
      long badLines,
      long errors,
      long warnings,
      boolean stopped,
      Optional<Diagnostic> firstError) {

    /**
     * What was read: {@code 2,359 rows: 2,145 imported, 214 merged, 0 rejected; 3 warnings} for an
     * import, {@code 12 lines: 11 elements (9 events), 1 bad line} for NDJSON, {@code 9 elements (7
     * events)} for a dossier.
     */
    String describe() {
      if (counts.isPresent()) {
        return counts.get().toString();
      }
      String elements =
          Diagnostic.count(this.elements, "element")
              + " ("
              + Diagnostic.count(events, "event")
              + ")";
      return lines > 0
          ? Diagnostic.count(lines, "line")
              + ": "
              + elements
              + ", "
              + Diagnostic.count(badLines, "bad line")
          : elements;
    }

    /**
     * What {@code --skip-bad} left out, for a summary: {@code ; skipped (--skip-bad): what the 2
     * errors above name} (the rejected rows are counted in {@link #describe()}); empty without
     * errors.
     */
    String skipped() {
      return errors == 0
          ? ""
          : String.format(
              Locale.ROOT,
              "; skipped (--skip-bad): what the %s above name%s",
              Diagnostic.count(errors, "error"),
              errors == 1 ? "s" : "");
    }
  }

  /** Counts what the handler is given, and ends the stream at the first error when asked. */
  private static final class Tally implements Consumer<Diagnostic> {
    private final Consumer<Diagnostic> problems;
    private final boolean stopAtError;
    long errors;
    long warnings;
    @Nullable Diagnostic firstError;

    Tally(Consumer<Diagnostic> problems, boolean stopAtError) {
      this.problems = problems;
      this.stopAtError = stopAtError;
    }

    @Override
    public void accept(Diagnostic d) {
      if (d.isError()) {
        errors++;
        if (firstError == null) {
          firstError = d;
        }
      } else {
        warnings++;
      }
      problems.accept(d);
    }

    boolean stop() {
      return stopAtError && errors > 0;
    }
  }

  /**
   * Reads {@code in}, handing its elements to {@code sink} and its problems to {@code problems};
   * counts each event in {@code progress}.
   *
   * @throws InvalidInputException when a dossier cannot be read: it is refused whole, before any
   *     element is handed out
   * @throws CliException when the input cannot be opened or read
   */
  static Summary read(
      Input in,
      Terminal terminal,
      DiplomacyJson json,
      Progress progress,
      boolean stopAtError,
      Sink sink,
      Consumer<Diagnostic> problems)
      throws CliException, InvalidInputException {
    Tally tally = new Tally(problems, stopAtError);
    try {
      return switch (in.kind()) {
        case DOSSIER -> dossier(in, terminal, json, progress, sink, tally);
        case NDJSON -> ndjson(in, terminal, json, progress, sink, tally);
        case ICEWS, PLOVER, GDELT -> imported(in, terminal, progress, sink, tally);
      };
    } finally {
      progress.finish();
    }
  }

  private static Summary dossier(
      Input in, Terminal terminal, DiplomacyJson json, Progress progress, Sink sink, Tally tally)
      throws CliException, InvalidInputException {
    byte[] bytes = in.readAll(terminal, json.limits().maxDocumentLength());
    Dossier dossier;
    try {
      dossier = json.read(bytes, Dossier.class);
    } catch (DiplomacyJsonException e) {
      throw in.refused(in.diagnostics(e));
    }
    sink.header(dossier);
    long elements = 0;
    for (List<? extends DossierElement> family :
        List.of(dossier.actors(), dossier.sources(), dossier.relationships(), dossier.events())) {
      for (DossierElement element : family) {
        sink.element(element, 0);
        elements++;
        if (element instanceof Event) {
          progress.add();
        }
      }
    }
    return new Summary(
        Optional.of(dossier),
        Optional.empty(),
        0,
        elements,
        dossier.events().size(),
        0,
        0,
        0,
        false,
        Optional.empty());
  }

  private static Summary ndjson(
      Input in, Terminal terminal, DiplomacyJson json, Progress progress, Sink sink, Tally tally)
      throws CliException {
    long[] badLines = {0};
    ErrorPolicy policy =
        ErrorPolicy.skipAndReport(
            e -> {
              badLines[0]++;
              in.diagnostics(e).forEach(tally);
            });
    long elements = 0;
    long events = 0;
    boolean stopped = false;
    Optional<Dossier> header;
    try (DuplicateIds ids = new DuplicateIds();
        NdjsonDossierReader reader = NdjsonDossierReader.of(json, in.open(terminal), policy)) {
      header = reader.header();
      header.ifPresent(sink::header);
      while (!tally.stop() && reader.hasNext()) {
        DossierElement element = reader.next();
        if (tally.stop()) {
          break;
        }
        ids.add(element.id(), reader.lineNumber());
        sink.element(element, reader.lineNumber());
        elements++;
        if (element instanceof Event) {
          events++;
          progress.add();
        }
      }
      stopped = tally.stop();
      if (!tally.stop()) {
        ids.forEach(d -> tally.accept(in.duplicate(d)));
      }
      return new Summary(
          header,
          Optional.empty(),
          reader.lineNumber(),
          elements,
          events,
          badLines[0],
          tally.errors,
          tally.warnings,
          stopped,
          Optional.ofNullable(tally.firstError));
    } catch (DuplicateIds.TemporaryFileException e) {
      throw in.noTemporaryFile(e);
    } catch (UncheckedIOException e) {
      throw in.unreadable(e.getCause());
    }
  }

  private static Summary imported(
      Input in, Terminal terminal, Progress progress, Sink sink, Tally tally) throws CliException {
    long elements = 0;
    long events = 0;
    boolean stopped = false;
    ImportStream rows = in.importStream(terminal, p -> tally.accept(in.diagnostic(p)));
    try (rows) {
      progress.reading("rows", () -> rows.counts().rowsRead());
      try {
        while (!tally.stop() && rows.hasNext()) {
          DossierElement element = rows.next();
          if (tally.stop()) {
            break;
          }
          sink.element(element, 0);
          elements++;
          if (element instanceof Event) {
            events++;
            progress.add();
          }
        }
        stopped = tally.stop();
      } catch (UncheckedIOException e) {
        if (!corrupt(e.getCause())) {
          throw in.unreadable(e.getCause());
        }
        tally.accept(corruption(in, e.getCause()));
        stopped = true;
      }
    } catch (IOException e) {
      throw in.unreadable(e);
    }
    return new Summary(
        Optional.empty(),
        Optional.of(rows.counts()),
        0,
        elements,
        events,
        0,
        tally.errors,
        tally.warnings,
        stopped,
        Optional.ofNullable(tally.firstError));
  }

  /** True when {@code e} says the bytes are bad (a zip file cut short or corrupt), not the disk. */
  static boolean corrupt(@Nullable Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ZipException
          || t instanceof EOFException
          || t instanceof CharacterCodingException) {
        return true;
      }
    }
    return false;
  }

  /** The error of an input that cannot be read on: {@value #CORRUPT}, with the reader's words. */
  static Diagnostic corruption(Input in, Throwable e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new Diagnostic(
        in.label(),
        OptionalLong.empty(),
        OptionalInt.empty(),
        Severity.ERROR,
        CORRUPT,
        Optional.empty(),
        String.format(
            Locale.ROOT,
            "the input cannot be read on, it is cut short or corrupt (%s)",
            reason.toLowerCase(Locale.ROOT).startsWith("cannot read")
                ? reason
                : e.getClass().getSimpleName() + ": " + reason));
  }
}
