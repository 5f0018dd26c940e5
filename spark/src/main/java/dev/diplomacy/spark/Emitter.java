package dev.diplomacy.spark;

import dev.diplomacy.core.dossier.DossierElement;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.catalyst.InternalRow;

/**
 * The rows of one partition, made lazily from a stream of elements: each element's rows, and the
 * problems in the order they are found. A failure to read the input ends the partition with a
 * problem of its own ({@code file.unreadable}), after the rows read before it.
 */
final class Emitter implements Iterator<InternalRow> {

  /** The code of a file that cannot be opened or read to its end. */
  static final String UNREADABLE = "file.unreadable";

  private final ArrayDeque<InternalRow> ready = new ArrayDeque<>();
  private final List<InternalRow> batch = new ArrayList<>();
  private final Output output;
  private final String file;
  private final Output.Converter converter;
  private Iterator<DossierElement> source;
  private Closeable closer;
  private boolean ended;

  Emitter(Output output, String file) {
    this.output = output;
    this.file = file;
    this.converter = output.converter();
  }

  /** Starts reading {@code source}, closed by {@code closer} at its end. */
  Emitter from(Iterator<DossierElement> source, Closeable closer) {
    this.source = source;
    this.closer = closer;
    return this;
  }

  Output.Converter converter() {
    return converter;
  }

  /** Adds a problem to the rows, after those found before it. */
  void problem(Long line, String severity, String code, String message) {
    ready.add(output.problem(file, line, severity, code, message));
  }

  /** Ends the partition at once with the problem of a file that could not be read. */
  Emitter unreadable(Exception e) {
    problem(null, EventSchema.ERROR, UNREADABLE, "cannot read " + file + ": " + e);
    ended = true;
    return this;
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && !ended) {
      try {
        if (source.hasNext()) {
          batch.clear();
          converter.rows(source.next(), batch);
          ready.addAll(batch);
        } else {
          end();
        }
      } catch (UncheckedIOException e) {
        unreadable(e.getCause());
        close();
      }
    }
    return !ready.isEmpty();
  }

  private void end() {
    ended = true;
    close();
  }

  private void close() {
    try {
      if (closer != null) {
        closer.close();
      }
    } catch (IOException e) {
      problem(null, EventSchema.WARNING, UNREADABLE, "cannot close " + file + ": " + e);
    }
  }

  @Override
  public InternalRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }
}
