package dev.diplomacy.interop.plover;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.json.JsonLimits;
import dev.diplomacy.json.internal.JacksonLimits;
import dev.diplomacy.json.internal.JsonValues;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Splits PLOVER input into records: a JSON array of records (the first character that is not white
 * space is {@code [}), or JSON lines, one record a line. Records are numbered from 1 in the order
 * of the input.
 *
 * <p>In JSON lines, a line that is not one JSON object is rejected on its own and reading goes on.
 * In an array, a syntax error rejects the record it is in (when it is in one) and ends the reading,
 * as nothing after it can be told apart.
 */
final class RecordReader {

  /** What the reader found. */
  interface Handler {
    /** A record: a JSON object, without members given twice. */
    void record(int index, int line, ExtensionValue.MapValue record);

    /** A record that cannot be read. */
    void rejected(int index, int line, String code, String reason);

    /** Something found outside the records: a blank line, the end of the input. */
    void problem(ImportProblem problem);
  }

  /** Reads with the default limits of the JSON module, but for the length of the whole input. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(JacksonLimits.readConstraints(JsonLimits.defaults()).build())
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private final Handler handler;
  private int index;

  /**
   * The lines before the first that is not blank, which the reading of the records does not see.
   */
  private int skipped;

  private RecordReader(Handler handler) {
    this.handler = handler;
  }

  /**
   * Reads every record of {@code in}, which is not closed, and reports each line that holds the
   * replacement character U+FFFD, as bytes that are not UTF-8 are read.
   */
  static void read(Reader in, Handler handler) throws IOException {
    ReplacedLines watched = new ReplacedLines(in);
    new RecordReader(handler).read(new BufferedReader(watched));
    for (int line : watched.lines()) {
      handler.problem(
          ImportProblem.warning(
              line,
              "plover.encoding",
              "the line has bytes that are not UTF-8, read as the replacement character U+FFFD"));
    }
  }

  private void read(BufferedReader in) throws IOException {
    in.mark(1);
    if (in.read() != '\uFEFF') {
      in.reset();
    }
    int breaks = 0;
    int first;
    while (true) {
      in.mark(1);
      first = in.read();
      if (first < 0 || !Character.isWhitespace(first)) {
        in.reset();
        break;
      }
      if (first == '\n') {
        breaks++;
      }
    }
    skipped = breaks;
    if (first < 0) {
      handler.problem(
          ImportProblem.rejection(
              1, "plover.input.empty", "the input is empty: it holds no record"));
    } else if (first == '[') {
      readArray(in);
    } else {
      for (int line = 1; line <= skipped; line++) {
        blank(line);
      }
      readLines(in);
    }
  }

  private void blank(int line) {
    handler.problem(
        ImportProblem.warning(
            line, "plover.line.blank", "a blank line, which is not a record: skipped"));
  }

  private void readLines(BufferedReader in) throws IOException {
    int line = skipped;
    for (String text = in.readLine(); text != null; text = in.readLine()) {
      line++;
      if (text.isBlank()) {
        blank(line);
        continue;
      }
      index++;
      readLine(text, line);
    }
  }

  private void readLine(String text, int line) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      p.nextToken();
      RecordProblems problems = new RecordProblems(p);
      ExtensionValue value = JsonValues.read(p, problems);
      if (p.nextToken() != null) {
        handler.rejected(
            index,
            line,
            "plover.json.syntax",
            "the line holds more than one JSON value: JSON lines hold one record a line");
        return;
      }
      accept(value, line, problems);
    } catch (JacksonException e) {
      handler.rejected(index, line, code(e), "the line is not JSON: " + e.getOriginalMessage());
    }
  }

  private void readArray(BufferedReader in) throws IOException {
    JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in);
    int start = 0;
    try (p) {
      p.nextToken(); // [
      int open = line(p.currentTokenLocation());
      while (true) {
        start = 0;
        JsonToken token = p.nextToken();
        if (token == JsonToken.END_ARRAY) {
          if (index == 0) {
            handler.problem(
                ImportProblem.rejection(
                    open, "plover.input.empty", "the input is an empty array: it holds no record"));
          }
          break;
        }
        index++;
        start = line(p.currentTokenLocation());
        RecordProblems problems = new RecordProblems(p);
        ExtensionValue value = JsonValues.read(p, problems);
        accept(value, start, problems);
      }
      if (p.nextToken() != null) {
        handler.problem(
            ImportProblem.rejection(
                line(p.currentTokenLocation()),
                "plover.json.trailing",
                "the input goes on after the array of records: what follows it is not read"));
      }
    } catch (JacksonIOException e) {
      throw e.getCause();
    } catch (JacksonException e) {
      int at = e.getLocation() != null ? line(e.getLocation()) : start;
      String reason =
          "the input is not JSON here ("
              + e.getOriginalMessage()
              + "): nothing after this point is read";
      if (start > 0) {
        handler.rejected(
            index,
            start,
            code(e),
            "the record starting here cannot be read: at line " + at + ", " + reason);
      } else {
        handler.problem(ImportProblem.rejection(at, code(e), reason));
      }
    }
  }

  /** Gives the record to the handler, or its rejection: {@code value} is null after a problem. */
  private void accept(@Nullable ExtensionValue value, int line, RecordProblems problems) {
    if (value == null && !problems.duplicates.isEmpty()) {
      handler.rejected(
          index,
          line,
          "plover.json.duplicateKey",
          "the record gives a member twice, at "
              + String.join(", ", problems.duplicates)
              + ": which value holds cannot be told");
    } else if (value == null) {
      handler.rejected(
          index,
          line,
          "plover.json.format",
          "the record holds a value that JSON allows but the library does not: "
              + String.join("; ", problems.refused));
    } else if (value instanceof ExtensionValue.MapValue record) {
      handler.record(index, line, record);
    } else {
      handler.rejected(
          index,
          line,
          "plover.record.notObject",
          "a record is a JSON object, not " + Trees.describe(value));
    }
  }

  /**
   * The problems of one record, each named by its JSON Pointer: in JSON lines from the line's
   * value, in an array from the array (the first record is {@code /0}).
   */
  private static final class RecordProblems implements JsonValues.Problems {
    private final JsonParser parser;
    final List<String> duplicates = new ArrayList<>();
    final List<String> refused = new ArrayList<>();

    RecordProblems(JsonParser parser) {
      this.parser = parser;
    }

    @Override
    public void duplicateKey(String message) {
      duplicates.add(pointer());
    }

    @Override
    public void format(String message) {
      refused.add("at " + pointer() + ", " + message);
    }

    @Override
    public int problemCount() {
      return duplicates.size() + refused.size();
    }

    private String pointer() {
      return parser.streamReadContext().pathAsPointer().toString();
    }
  }

  private static String code(JacksonException e) {
    return e instanceof StreamConstraintsException ? "plover.json.limit" : "plover.json.syntax";
  }

  private int line(TokenStreamLocation location) {
    return skipped + Math.max(location.getLineNr(), 1);
  }
}
