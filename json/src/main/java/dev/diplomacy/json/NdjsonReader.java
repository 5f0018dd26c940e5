package dev.diplomacy.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads NDJSON (newline-delimited JSON): one JSON value per line, in UTF-8, such as one event per
 * line. It reads line by line in constant memory, so files larger than the heap are fine.
 *
 * <pre>{@code
 * try (NdjsonReader<Place> places = NdjsonReader.of(json, Place.class, in, ErrorPolicy.failFast())) {
 *   places.stream().forEach(...);
 * }
 * }</pre>
 *
 * <p>Lines end with {@code \n} or {@code \r\n}; the last may have no end. Blank lines (spaces and
 * tabs only) are skipped. Each line is a document of its own, read under the {@link JsonLimits} of
 * the {@link DiplomacyJson} given ({@code maxDocumentLength} limits the bytes of a line). A
 * byte-order mark at the start is refused, as in any document: it makes line 1 bad. A bad line
 * fails or is skipped and reported, by the {@link ErrorPolicy}; its problems carry its line number.
 *
 * <p>Not thread-safe. Closing it closes the stream.
 *
 * @param <T> the type of the values
 */
public final class NdjsonReader<T> implements Iterator<T>, Closeable {

  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final JsonMapper mapper;
  private final ObjectReader reader;
  private final Class<T> type;
  private final ErrorPolicy policy;
  private final long maxLine;
  private final byte[] chunk = new byte[CHUNK];
  private int position;
  private int limit;
  private byte[] line = new byte[8 * 1024];
  private int lineLength;
  private boolean lineTooLong;
  private long lineNumber;
  private long valueLine;
  private long skipped;
  private @Nullable T next;
  private boolean ended;

  private NdjsonReader(DiplomacyJson json, Class<T> type, InputStream in, ErrorPolicy policy) {
    this.in = in;
    this.type = type;
    this.mapper = json.parsers(type);
    this.reader = json.reader(type);
    this.policy = policy;
    this.maxLine = json.limits().maxDocumentLength();
  }

  /** A reader of {@code in}, one value of {@code type} per line, read by {@code json}. */
  public static <T> NdjsonReader<T> of(
      DiplomacyJson json, Class<T> type, InputStream in, ErrorPolicy policy) {
    return new NdjsonReader<>(json, type, in, policy);
  }

  /** A reader that fails at the first bad line. */
  public static <T> NdjsonReader<T> of(DiplomacyJson json, Class<T> type, InputStream in) {
    return of(json, type, in, ErrorPolicy.failFast());
  }

  /**
   * True when there is another value. Reading it may throw the {@link DiplomacyJsonException} of a
   * bad line (fail fast) or an {@link UncheckedIOException}.
   */
  @Override
  public boolean hasNext() {
    while (next == null && !ended) {
      advance();
    }
    return next != null;
  }

  /** The next value. */
  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines");
    }
    T value = next;
    next = null;
    return value;
  }

  /** The values left, as a stream that closes this reader when it is closed. */
  public Stream<T> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /** The line number, from 1, of the value last returned by {@link #next()}; 0 before the first. */
  public long lineNumber() {
    return valueLine;
  }

  /** How many bad lines were skipped and reported so far. */
  public long skippedLines() {
    return skipped;
  }

  /** Closes the stream. */
  @Override
  public void close() {
    ended = true;
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the next line, and the value on it unless it is blank or bad. */
  private void advance() {
    if (!readLine()) {
      ended = true;
      return;
    }
    if (!lineTooLong && isBlank()) {
      return;
    }
    DiplomacyJsonException problems = parse();
    if (problems != null) {
      skipped++;
      policy.handle(problems.onLine(lineNumber));
    }
  }

  /** Parses the current line into {@link #next}, or returns its problems. */
  private @Nullable DiplomacyJsonException parse() {
    DiplomacyJsonException start = DiplomacyJson.startProblem(line, lineLength);
    if (start != null) {
      return start;
    }
    if (lineTooLong) {
      return DiplomacyJsonException.of(
          new Problem(
              "",
              OptionalInt.empty(),
              OptionalInt.empty(),
              Codes.LIMIT,
              "the line is longer than the longest document allowed ("
                  + maxLine
                  + " bytes, JsonLimits.maxDocumentLength)"));
    }
    T value;
    JsonParser parser = mapper.createParser(line, 0, lineLength);
    try {
      value = DiplomacyJson.readDocument(parser, reader, type);
    } catch (DiplomacyJsonException e) {
      return e;
    } catch (JacksonException e) {
      RuntimeException translated = JacksonErrors.translate(e, parser);
      if (translated instanceof DiplomacyJsonException problems) {
        return problems;
      }
      throw translated;
    } finally {
      parser.close();
    }
    next = value;
    valueLine = lineNumber;
    return null;
  }

  private boolean isBlank() {
    for (int i = 0; i < lineLength; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the next line into {@link #line}, without its end of line; false at the end of the input.
   * A line beyond the limit is not kept: {@link #lineTooLong} says so.
   */
  private boolean readLine() {
    lineLength = 0;
    lineTooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        if (any) {
          lineNumber++;
          dropCarriageReturn();
        }
        return any;
      }
      any = true;
      int end = position;
      while (end < limit && chunk[end] != '\n') {
        end++;
      }
      append(position, end - position);
      if (end < limit) {
        position = end + 1;
        lineNumber++;
        dropCarriageReturn();
        return true;
      }
      position = limit;
    }
  }

  private void dropCarriageReturn() {
    if (!lineTooLong && lineLength > 0 && line[lineLength - 1] == '\r') {
      lineLength--;
    }
  }

  private void append(int from, int length) {
    if (lineTooLong) {
      return;
    }
    // One more byte than the limit is kept, for a final carriage return.
    if ((long) lineLength + length > maxLine + 1) {
      lineTooLong = true;
      lineLength = 0;
      return;
    }
    if (lineLength + length > line.length) {
      line = Arrays.copyOf(line, Math.max(lineLength + length, 2 * line.length));
    }
    System.arraycopy(chunk, from, line, lineLength, length);
    lineLength += length;
  }

  private boolean fill() {
    try {
      int n = in.read(chunk);
      if (n <= 0) {
        return false;
      }
      position = 0;
      limit = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
