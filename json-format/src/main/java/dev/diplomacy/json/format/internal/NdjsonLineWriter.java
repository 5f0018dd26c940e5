package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.json.format.DiplomacyJsonException;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The writing of NDJSON that both bindings' writers do, each making the bytes of a line with its
 * own Jackson ({@link LineBytes}): one value a line, ended by {@code \n}; a value that cannot be
 * written throws its problems on its line and writes nothing.
 *
 * @param <T> the type of the values
 */
public final class NdjsonLineWriter<T> implements Closeable, Flushable {

  /** How a binding writes one value. */
  @FunctionalInterface
  public interface LineBytes<T> {

    /**
     * The JSON of {@code value}, without a line end.
     *
     * @throws DiplomacyJsonException when it cannot be written
     */
    byte[] bytes(T value);
  }

  private final OutputStream out;
  private final LineBytes<T> bytes;
  private long lines;

  /** A writer to {@code out}, buffered, of lines that {@code bytes} makes. */
  public NdjsonLineWriter(OutputStream out, LineBytes<T> bytes) {
    this.out = new BufferedOutputStream(Objects.requireNonNull(out, "out"), 64 * 1024);
    this.bytes = bytes;
  }

  /**
   * Writes the header line of a dossier's NDJSON to {@code writer}: {@code {"type": "dossier",
   * "formatVersion": ..., "title": ...}}, the format version, title and extensions of {@code
   * header}, not its elements.
   */
  public static void writeHeader(Dossier header, TokenWriter writer) {
    DossierCodec.HEADER.write(header, new JsonOutput(writer));
  }

  /** Writes {@code value} on a line of its own. */
  public void write(T value) {
    Objects.requireNonNull(value, "value");
    writeLine(value, bytes);
  }

  /** Writes {@code value} on a line of its own, its bytes made by {@code lineBytes}. */
  public <V> void writeLine(V value, LineBytes<? super V> lineBytes) {
    byte[] line;
    try {
      line = lineBytes.bytes(value);
    } catch (DiplomacyJsonException e) {
      throw e.onLine(lines + 1);
    }
    try {
      out.write(line);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lines++;
  }

  /**
   * Writes the elements of {@code dossier} after its header, which {@code writer} has written: its
   * actors, sources, relationships and events, each family in the dossier's order; then flushes.
   */
  public static long writeElements(NdjsonLineWriter<DossierElement> writer, Dossier dossier) {
    try {
      dossier.actors().forEach(writer::write);
      dossier.sources().forEach(writer::write);
      dossier.relationships().forEach(writer::write);
      dossier.events().forEach(writer::write);
    } finally {
      writer.flush();
    }
    return writer.lineCount();
  }

  /** How many lines have been written. */
  public long lineCount() {
    return lines;
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
