package dev.diplomacy.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.internal.NdjsonLineWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes NDJSON (newline-delimited JSON) on Jackson 2, as the Jackson 3 binding's {@code
 * dev.diplomacy.json.NdjsonWriter} does: one JSON value per line, in UTF-8, each line ended by
 * {@code \n}. A value that cannot be written throws its {@link DiplomacyJsonException} and writes
 * nothing, so the output never holds a partial line.
 *
 * <p>A dossier's NDJSON holds every element of a dossier, each on a line named by its {@code
 * "type"}, after a header line of the dossier's own properties ({@link NdjsonDossierReader} reads
 * it back). A producer that makes elements one by one, such as an import, writes them as they come:
 *
 * <pre>{@code
 * try (NdjsonWriter<DossierElement> out = NdjsonWriter.ofDossier(json, header, stream)) {
 *   elements.forEachRemaining(out::write);    // each element after those it refers to
 * }
 * NdjsonWriter.writeDossier(json, dossier, stream);   // a whole dossier
 * }</pre>
 *
 * <p>Not thread-safe. Closing it flushes and closes the stream.
 *
 * @param <T> the type of the values
 */
public final class NdjsonWriter<T> implements Closeable, Flushable {

  private final NdjsonLineWriter<T> lines;

  private NdjsonWriter(DiplomacyJackson2 json, Class<T> type, OutputStream out) {
    ObjectWriter writer = json.mapper().writerFor(type);
    this.lines = new NdjsonLineWriter<>(out, value -> bytes(writer, value));
  }

  /**
   * A writer to {@code out} of values of {@code type}, written by {@code json}. With {@code
   * DossierElement.class}, each element is written with its {@code "type"}: the lines of a
   * dossier's NDJSON, with no header ({@link #ofDossier} writes one).
   */
  public static <T> NdjsonWriter<T> of(DiplomacyJackson2 json, Class<T> type, OutputStream out) {
    return new NdjsonWriter<>(json, type, out);
  }

  /**
   * A writer to {@code out} of a dossier's NDJSON, whose first line it writes at once: the header,
   * {@code {"type": "dossier", "formatVersion": ..., "title": ...}}, the format version, title and
   * extensions of {@code header}, whose elements it does not write. Write each element after those
   * it refers to (actors, sources, relationships, then events), so that a reader of the stream can
   * resolve every reference when it meets it.
   *
   * @throws DiplomacyJsonException when the header cannot be written (an extension named like a
   *     property), having written nothing
   */
  public static NdjsonWriter<DossierElement> ofDossier(
      DiplomacyJackson2 json, Dossier header, OutputStream out) {
    Objects.requireNonNull(header, "header");
    NdjsonWriter<DossierElement> writer = new NdjsonWriter<>(json, DossierElement.class, out);
    writer.lines.writeLine(header, h -> headerBytes(json, h));
    return writer;
  }

  /**
   * Writes {@code dossier} to {@code out}, which stays open, as a dossier's NDJSON: its header,
   * then its actors, sources, relationships and events, each family in the dossier's order, each
   * element on a line of its own. {@link NdjsonDossierReader#toDossier()} reads it back equal.
   *
   * @return how many lines were written
   * @throws DiplomacyJsonException when an element cannot be written (the lines before it are
   *     written)
   */
  public static long writeDossier(DiplomacyJackson2 json, Dossier dossier, OutputStream out) {
    return NdjsonLineWriter.writeElements(ofDossier(json, dossier, out).lines, dossier);
  }

  /** Writes {@code value} on a line of its own. */
  public void write(T value) {
    lines.write(value);
  }

  private static <T> byte[] bytes(ObjectWriter writer, T value) {
    try {
      return writer.writeValueAsBytes(value);
    } catch (IOException e) {
      throw Jackson2Errors.translate(e, null);
    }
  }

  /** The header line of a dossier's NDJSON. */
  private static byte[] headerBytes(DiplomacyJackson2 json, Dossier header) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (JsonGenerator g = json.mapper().createGenerator(bytes)) {
      NdjsonLineWriter.writeHeader(header, new Jackson2TokenWriter(g));
    } catch (Jackson2Failure failure) {
      throw Jackson2Errors.translate(failure.getCause(), null);
    } catch (IOException e) {
      throw Jackson2Errors.translate(e, null);
    }
    return bytes.toByteArray();
  }

  /** How many lines have been written. */
  public long lineCount() {
    return lines.lineCount();
  }

  @Override
  public void flush() {
    lines.flush();
  }

  @Override
  public void close() {
    lines.close();
  }
}
