package dev.diplomacy.json;

import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.ErrorPolicy;
import dev.diplomacy.json.format.JsonLimits;
import dev.diplomacy.json.format.internal.InputLeniency;
import dev.diplomacy.json.format.internal.JsonCodec;
import dev.diplomacy.json.format.internal.NdjsonLineReader;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.stream.Stream;
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

  private final NdjsonLineReader<T> lines;
  private final NdjsonLineReader.LineParser<T> parser;

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
    this.parser =
        new NdjsonLineReader.LineParser<T>() {
          @Override
          public @Nullable T parse(InputStream content) {
            InputLeniency checks = JacksonLeniency.start();
            return read(value, checks, mapper.createParser(checks.stream(content)));
          }

          @Override
          public @Nullable T parse(byte[] bytes, int offset, int length) {
            InputLeniency checks = JacksonLeniency.start();
            return checks.takesBytesAsTheyAre()
                ? read(value, checks, mapper.createParser(bytes, offset, length))
                : parse(new ByteArrayInputStream(bytes, offset, length));
          }
        };
    this.lines = new NdjsonLineReader<>(in, json.limits().maxDocumentLength(), parser, policy);
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
  static <T> NdjsonReader<T> ofCodec(
      DiplomacyJson json, JsonCodec<T> codec, String what, InputStream in, ErrorPolicy policy) {
    return new NdjsonReader<>(
        json, json.codecParsers(), parser -> json.readValue(parser, codec, what), in, policy);
  }

  /** A reader that fails at the first bad line. */
  public static <T> NdjsonReader<T> of(DiplomacyJson json, Class<T> type, InputStream in) {
    return of(json, type, in, ErrorPolicy.failFast());
  }

  /** How each line is read: for a test of the two ways. */
  NdjsonLineReader.LineParser<T> parser() {
    return parser;
  }

  /** The engine that reads the lines, for {@link NdjsonDossierReader}. */
  NdjsonLineReader<T> lines() {
    return lines;
  }

  /**
   * True when there is another value. Reading it may throw the {@link DiplomacyJsonException} of a
   * bad line (fail fast) or an {@link UncheckedIOException}.
   */
  @Override
  public boolean hasNext() {
    return lines.hasNext();
  }

  /** The next value. */
  @Override
  public T next() {
    return lines.next();
  }

  /** The values left, as a stream that closes this reader when it is closed. */
  public Stream<T> stream() {
    return lines.stream();
  }

  /** The line number, from 1, of the value last returned by {@link #next()}; 0 before the first. */
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

  /** The value of the line {@code parser} reads; null for a blank line. */
  private static <T> @Nullable T read(LineValue<T> value, InputLeniency checks, JsonParser parser) {
    try {
      if (parser.nextToken() == null) {
        return null;
      }
      return value.read(parser);
    } catch (DiplomacyJsonException e) {
      throw checks.reword(e);
    } catch (JacksonException e) {
      RuntimeException translated = JacksonErrors.translate(e, parser);
      if (translated instanceof DiplomacyJsonException problems) {
        throw checks.reword(problems);
      }
      throw translated;
    } finally {
      parser.close();
    }
  }
}
