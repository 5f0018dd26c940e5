package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.ErrorPolicy;
import dev.diplomacy.json.format.Problem;
import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The reading of a dossier's NDJSON that both bindings' readers do: elements after an optional
 * header, which may only be the first line that is not blank ({@code ndjson.header.notFirst},
 * {@code ndjson.header.duplicate}). The lines are read by a {@link NdjsonLineReader} whose parser
 * reads each with {@link DossierElementCodec#LINE}.
 */
public final class NdjsonDossierLines implements Iterator<DossierElement>, Closeable {

  /** What the lines of a dossier's NDJSON are called in messages. */
  public static final String WHAT = "a line";

  private final NdjsonLineReader<Object> lines;
  private final ErrorPolicy policy;
  private @Nullable Dossier header;
  private long headerLine;
  private boolean anyLineBefore;
  private long refusedHeaders;
  private @Nullable DossierElement next;
  private long nextLine;
  private long valueLine;

  /** The dossier's lines that {@code lines} reads, under {@code policy}. */
  public NdjsonDossierLines(NdjsonLineReader<Object> lines, ErrorPolicy policy) {
    this.lines = lines;
    this.policy = policy;
  }

  /** The codec of a line: a dossier's header or an element. */
  public static JsonCodec<Object> lineCodec() {
    return DossierElementCodec.LINE;
  }

  /** The header, as a dossier that holds no element; empty when there is none. */
  public Optional<Dossier> header() {
    if (!anyLineBefore) {
      hasNext();
    }
    return Optional.ofNullable(header);
  }

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

  /** Reads every line left into a dossier, then closes this reader. */
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

  /** The line number of the element last returned by {@link #next()}; 0 before the first. */
  public long lineNumber() {
    return valueLine;
  }

  /** How many bad lines were skipped and reported so far. */
  public long skippedLines() {
    return lines.skippedLines() + refusedHeaders;
  }

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
