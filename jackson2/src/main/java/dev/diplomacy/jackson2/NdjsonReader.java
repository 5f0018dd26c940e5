package dev.diplomacy.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.ErrorPolicy;
import dev.diplomacy.json.format.JsonLimits;
import dev.diplomacy.json.format.internal.InputLeniency;
import dev.diplomacy.json.format.internal.JsonCodec;
import dev.diplomacy.json.format.internal.NdjsonLineReader;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads NDJSON (newline-delimited JSON) on Jackson 2, as the Jackson 3 binding's {@code
 * dev.diplomacy.json.NdjsonReader} does: one JSON value per line, in UTF-8, such as one event per
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
 * the {@link DiplomacyJackson2} given: {@code maxDocumentLength} limits the bytes of a line
 * (without its end), and a longer line is refused as it is read, with the code {@code json.limit}
 * at the column of its first byte past the limit, whatever else is wrong with it. A byte-order mark
 * at the start is refused, as in any document: it makes line 1 bad. A bad line fails or is skipped
 * and reported, by the {@link ErrorPolicy}; its problems carry its line number.
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
    T read(JsonParser parser) throws IOException;
  }

  private NdjsonReader(
      DiplomacyJackson2 json,
      JsonMapper mapper,
      LineValue<T> value,
      InputStream in,
      ErrorPolicy policy) {
    this.parser =
        new NdjsonLineReader.LineParser<T>() {
          @Override
          public @Nullable T parse(InputStream content) {
            InputLeniency checks = Jackson2Leniency.start();
            return read(value, checks, () -> mapper.createParser(checks.stream(content)));
          }

          @Override
          public @Nullable T parse(byte[] bytes, int offset, int length) {
            InputLeniency checks = Jackson2Leniency.start();
            return checks.takesBytesAsTheyAre()
                ? read(value, checks, () -> mapper.createParser(bytes, offset, length))
                : parse(new ByteArrayInputStream(bytes, offset, length));
          }
        };
    this.lines = new NdjsonLineReader<>(in, json.limits().maxDocumentLength(), parser, policy);
  }

  /** A reader of {@code in}, one value of {@code type} per line, read by {@code json}. */
  public static <T> NdjsonReader<T> of(
      DiplomacyJackson2 json, Class<T> type, InputStream in, ErrorPolicy policy) {
    ObjectReader reader = json.reader(type);
    return new NdjsonReader<>(
        json,
        json.parsers(type),
        parser -> DiplomacyJackson2.readValue(parser, reader, type),
        in,
        policy);
  }

  /**
   * A reader of {@code in} whose lines {@code codec} reads (not the registered codec of a type: the
   * lines of a dossier's NDJSON), {@code what} naming its values in messages.
   */
  static <T> NdjsonReader<T> ofCodec(
      DiplomacyJackson2 json, JsonCodec<T> codec, String what, InputStream in, ErrorPolicy policy) {
    return new NdjsonReader<>(
        json, json.codecParsers(), parser -> json.readValue(parser, codec, what), in, policy);
  }

  /** A reader that fails at the first bad line. */
  public static <T> NdjsonReader<T> of(DiplomacyJackson2 json, Class<T> type, InputStream in) {
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

  /** How the parser of a line is made. */
  @FunctionalInterface
  private interface LineSource {
    JsonParser open() throws IOException;
  }

  /** The value of the line {@code source} opens; null for a blank line. */
  private static <T> @Nullable T read(LineValue<T> value, InputLeniency checks, LineSource source) {
    JsonParser parser = null;
    try {
      parser = source.open();
      if (parser.nextToken() == null) {
        return null;
      }
      return value.read(parser);
    } catch (DiplomacyJsonException e) {
      throw checks.reword(e);
    } catch (IOException e) {
      RuntimeException translated = Jackson2Errors.translate(e, parser);
      if (translated instanceof DiplomacyJsonException problems) {
        throw checks.reword(problems);
      }
      throw translated;
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException e) {
          // the line's content is in memory: closing it does not fail
        }
      }
    }
  }
}
