package dev.diplomacy.json;

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
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads NDJSON (newline-delimited JSON): one JSON value per line, in UTF-8, such as one event per
 * line. It reads in constant memory, so files larger than the heap are fine, and so are lines: a
 * line is parsed as it is read, never held whole.
 *
 * <pre>{@code
 * try (NdjsonReader<Place> places = NdjsonReader.of(json, Place.class, in, ErrorPolicy.failFast())) {
 *   places.stream().forEach(...);
 * }
 * }</pre>
 *
 * <p>Lines end with {@code \n} or {@code \r\n}; the last may have no end. Blank lines (spaces and
 * tabs only) are skipped. Each line is a document of its own, read under the {@link JsonLimits} of
 * the {@link DiplomacyJson} given: {@code maxDocumentLength} limits the bytes of a line (without
 * its end), and a longer line is refused as it is read, with the code {@code json.limit} at the
 * column of its first byte past the limit, whatever else is wrong with it. A byte-order mark at the
 * start is refused, as in any document: it makes line 1 bad. A bad line fails or is skipped and
 * reported, by the {@link ErrorPolicy}; its problems carry its line number.
 *
 * <p>A dossier's NDJSON, whose lines are actors, sources, relationships and events after a header,
 * is read by {@link NdjsonDossierReader}; a reader of {@code Event} refuses its other lines ({@code
 * json.unknownType}, in both modes).
 *
 * <p>Not thread-safe. Closing it closes the stream.
 *
 * @param <T> the type of the values
 */
public final class NdjsonReader<T> implements Iterator<T>, Closeable {

  private final InputStream in;
  private final NdjsonLines lines;
  private final JsonMapper mapper;
  private final LineValue<T> value;
  private final ErrorPolicy policy;
  private final long maxLine;
  private final byte[] head = new byte[ByteOrderMarks.LONGEST];
  private long valueLine;
  private long skipped;
  private @Nullable T next;
  private boolean ended;

  /** How the value of a line is read, from its first token. */
  @FunctionalInterface
  private interface LineValue<T> {
    T read(JsonParser parser);
  }

  private NdjsonReader(
      DiplomacyJson json,
      JsonMapper mapper,
      LineValue<T> value,
      InputStream in,
      ErrorPolicy policy) {
    this.in = Objects.requireNonNull(in, "in");
    this.mapper = mapper;
    this.value = value;
    this.policy = Objects.requireNonNull(policy, "policy");
    this.maxLine = json.limits().maxDocumentLength();
    this.lines = new NdjsonLines(in, maxLine);
  }

  /** A reader of {@code in}, one value of {@code type} per line, read by {@code json}. */
  public static <T> NdjsonReader<T> of(
      DiplomacyJson json, Class<T> type, InputStream in, ErrorPolicy policy) {
    ObjectReader reader = json.reader(type);
    return new NdjsonReader<>(
        json,
        json.parsers(type),
        parser -> DiplomacyJson.readValue(parser, reader, type),
        in,
        policy);
  }

  /**
   * A reader of {@code in} whose lines {@code codec} reads (not the registered codec of a type: the
   * lines of a dossier's NDJSON), {@code what} naming its values in messages.
   */
  static <T> NdjsonReader<T> of(
      DiplomacyJson json, JsonCodec<T> codec, String what, InputStream in, ErrorPolicy policy) {
    return new NdjsonReader<>(
        json, json.codecParsers(), parser -> json.readValue(parser, codec, what), in, policy);
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
    DiplomacyJsonException start = DiplomacyJson.startProblem(head, lines.head(head));
    if (start != null) {
      return new Parsed<>(null, start);
    }
    JacksonLeniency checks = JacksonLeniency.start();
    JsonParser parser = mapper.createParser(checks.stream(lines.content()));
    try {
      if (parser.nextToken() == null) {
        return new Parsed<>(null, null);
      }
      return new Parsed<>(value.read(parser), null);
    } catch (DiplomacyJsonException e) {
      return new Parsed<>(null, checks.reword(e));
    } catch (JacksonException e) {
      RuntimeException translated = JacksonErrors.translate(e, parser);
      if (translated instanceof DiplomacyJsonException problems) {
        return new Parsed<>(null, checks.reword(problems));
      }
      throw translated;
    } finally {
      parser.close();
    }
  }
}
