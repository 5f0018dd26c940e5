package dev.diplomacy.json;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes NDJSON (newline-delimited JSON): one JSON value per line, in UTF-8, each line ended by
 * {@code \n}. A value that cannot be written throws its {@link DiplomacyJsonException} and writes
 * nothing, so the output never holds a partial line.
 *
 * <p>Not thread-safe. Closing it flushes and closes the stream.
 *
 * @param <T> the type of the values
 */
public final class NdjsonWriter<T> implements Closeable, Flushable {

  private final OutputStream out;
  private final ObjectWriter writer;
  private long lines;

  private NdjsonWriter(DiplomacyJson json, Class<T> type, OutputStream out) {
    this.out = new BufferedOutputStream(out, 64 * 1024);
    this.writer = json.mapper().writerFor(type);
  }

  /** A writer to {@code out} of values of {@code type}, written by {@code json}. */
  public static <T> NdjsonWriter<T> of(DiplomacyJson json, Class<T> type, OutputStream out) {
    return new NdjsonWriter<>(json, type, out);
  }

  /** Writes {@code value} on a line of its own. */
  public void write(T value) {
    Objects.requireNonNull(value, "value");
    byte[] bytes;
    try {
      bytes = writer.writeValueAsBytes(value);
    } catch (JacksonException e) {
      RuntimeException translated = JacksonErrors.translate(e, null);
      throw translated instanceof DiplomacyJsonException problems
          ? problems.onLine(lines + 1)
          : translated;
    }
    try {
      out.write(bytes);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lines++;
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
