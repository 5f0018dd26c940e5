package dev.diplomacy.json.format.internal;

import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.ErrorPolicy;
import dev.diplomacy.json.format.Problem;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The reading of NDJSON that both bindings' readers do, each parsing a line with its own Jackson
 * ({@link LineParser}): lines in constant memory ({@link NdjsonLines}), blank lines skipped, a line
 * longer than {@code maxLine} bytes refused as it is read, a byte-order mark refused, and a bad
 * line failed or skipped and reported by the {@link ErrorPolicy}, its problems on its line.
 *
 * @param <T> the type of the values
 */
public final class NdjsonLineReader<T> implements Iterator<T>, Closeable {

  /** How a binding reads the value of a line. */
  @FunctionalInterface
  public interface LineParser<T> {

    /**
     * The value of the line whose bytes {@code content} gives, or null for a blank line.
     *
     * @throws DiplomacyJsonException for a bad line
     */
    @Nullable T parse(InputStream content);

    /**
     * The value of the line whose bytes lie whole in {@code bytes}, {@code length} of them from
     * {@code offset}: the same value, or the same problems, as {@link #parse(InputStream)} of them
     * gives. This one reads them as a stream; a binding reads them where they lie.
     *
     * @throws DiplomacyJsonException for a bad line
     */
    default @Nullable T parse(byte[] bytes, int offset, int length) {
      return parse(new ByteArrayInputStream(bytes, offset, length));
    }
  }

  private final InputStream in;
  private final NdjsonLines lines;
  private final LineParser<T> parser;
  private final ErrorPolicy policy;
  private final long maxLine;
  private final byte[] head = new byte[ByteOrderMarks.LONGEST];
  private long valueLine;
  private long skipped;
  private @Nullable T next;
  private boolean ended;

  /**
   * A reader of {@code in}, whose lines {@code parser} reads, each at most {@code maxLine} long.
   */
  public NdjsonLineReader(InputStream in, long maxLine, LineParser<T> parser, ErrorPolicy policy) {
    this.in = Objects.requireNonNull(in, "in");
    this.parser = parser;
    this.policy = Objects.requireNonNull(policy, "policy");
    this.maxLine = maxLine;
    this.lines = new NdjsonLines(in, maxLine);
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
    return stream(this, this);
  }

  /** The values {@code values} has left, as a stream that closes {@code reader} when closed. */
  public static <V> Stream<V> stream(Iterator<V> values, Closeable reader) {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(values, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                reader.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
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
    if (!lines.next()) {
      ended = true;
      return;
    }
    DiplomacyJsonException problems = readLine();
    if (problems != null) {
      skipped++;
      policy.handle(problems.onLine(lines.number()));
    }
  }

  /**
   * Reads the current line to its end: its value into {@link #next} unless it is blank, or its
   * problems.
   */
  private @Nullable DiplomacyJsonException readLine() {
    Parsed<T> parsed = parse();
    if (lines.finish()) {
      long column = lines.columnPastTheLimit();
      return DiplomacyJsonException.of(
          new Problem(
              "",
              OptionalInt.empty(),
              column <= Integer.MAX_VALUE ? OptionalInt.of((int) column) : OptionalInt.empty(),
              Codes.LIMIT,
              "the line is longer than the longest document allowed ("
                  + maxLine
                  + " bytes, JsonLimits.maxDocumentLength)"));
    }
    if (parsed.value() != null) {
      next = parsed.value();
      valueLine = lines.number();
    }
    return parsed.problems();
  }

  /** The value of the current line or its problems; neither for a blank line. */
  private record Parsed<T>(@Nullable T value, @Nullable DiplomacyJsonException problems) {}

  /** Parses the current line as far as it goes, within the limit. */
  private Parsed<T> parse() {
    DiplomacyJsonException start = DocumentStart.problem(head, lines.head(head));
    if (start != null) {
      return new Parsed<>(null, start);
    }
    try {
      int whole = lines.takeWhole();
      return new Parsed<>(
          whole >= 0
              ? parser.parse(lines.chunk(), lines.taken(), whole)
              : parser.parse(lines.content()),
          null);
    } catch (DiplomacyJsonException e) {
      return new Parsed<>(null, e);
    }
  }
}
