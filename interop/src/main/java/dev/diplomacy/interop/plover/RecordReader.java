package dev.diplomacy.interop.plover;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.json.format.JsonLimits;
import dev.diplomacy.json.internal.JacksonLimits;
import dev.diplomacy.json.internal.JsonValues;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
 * Splits PLOVER input into records, one at a time ({@link #next}): a JSON array of records (the
 * first character that is not white space is {@code [}), read by Jackson's streaming parser one
 * element at a time, or JSON lines, one record a line. Records are numbered from 1 in the order of
 * the input.
 *
 * <p>In JSON lines, a line that is not one JSON object is rejected on its own and reading goes on;
 * a line longer than {@link JsonLimits#maxDocumentLength()} characters is rejected without being
 * held. In an array, a syntax error, or a record longer than that, rejects the record it is in
 * (when it is in one) and ends the reading, as nothing after it can be told apart.
 *
 * <p>The handler is given everything in the order of the input: a line that holds U+FFFD (bytes
 * that are not UTF-8) is reported before the record after it, and after the record it is in.
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

  /** The longest record, in characters: the JSON module's longest document. */
  static final long MAX_RECORD = JsonLimits.defaults().maxDocumentLength();

  private enum Mode {
    START,
    ARRAY,
    LINES,
    ENDED
  }

  private final ReplacedLines watched;
  private final BufferedReader in;
  private final Handler handler;
  private final long maxRecord;
  private Mode mode = Mode.START;
  private @Nullable JsonParser parser;
  private @Nullable LineReader lines;
  private int index;
  private int line;

  /** The line of the {@code [} that opens the array. */
  private int open;

  /**
   * The lines before the first that is not blank, which the reading of the records does not see.
   */
  private int skipped;

  /** Reads {@code in}, which it does not close, giving what it finds to {@code handler}. */
  RecordReader(Reader in, Handler handler) {
    this(in, handler, MAX_RECORD);
  }

  /** As {@link #RecordReader(Reader, Handler)}, with records of at most {@code maxRecord} chars. */
  RecordReader(Reader in, Handler handler, long maxRecord) {
    this.watched = new ReplacedLines(in);
    this.in = new BufferedReader(watched, 1 << 16);
    this.handler = handler;
    this.maxRecord = maxRecord;
  }

  /**
   * Reads the next record, or what stands for one (a blank line, the end of the input), and gives
   * it to the handler.
   *
   * @return false when the input has ended and the handler has been given everything
   * @throws IOException when the input cannot be read
   */
  boolean next() throws IOException {
    switch (mode) {
      case START:
        start();
        return true;
      case ARRAY:
        nextInArray();
        return true;
      case LINES:
        nextLine();
        return true;
      default:
        return false;
    }
  }

  private void start() throws IOException {
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
      problem(
          ImportProblem.rejection(
              1, "plover.input.empty", "the input is empty: it holds no record"));
      end();
    } else if (first == '[') {
      mode = Mode.ARRAY;
      startArray();
    } else {
      mode = Mode.LINES;
      lines = new LineReader(in, maxRecord);
      for (line = 1; line <= skipped; line++) {
        blank(line);
      }
      line = skipped;
    }
  }

  /** The input has ended: the lines with U+FFFD not reported yet are reported. */
  private void end() throws IOException {
    mode = Mode.ENDED;
    encoding(Integer.MAX_VALUE);
    if (parser != null) {
      parser.close();
      parser = null;
    }
  }

  /** Reports, in order, the lines up to {@code last} that hold U+FFFD. */
  private void encoding(int last) {
    for (int at = watched.takeUpTo(last); at >= 0; at = watched.takeUpTo(last)) {
      handler.problem(
          ImportProblem.warning(
              at,
              "plover.encoding",
              "the line has bytes that are not UTF-8, read as the replacement character U+FFFD"));
    }
  }

  /** Gives {@code problem} to the handler after the lines with U+FFFD before it. */
  private void problem(ImportProblem problem) {
    encoding(problem.line() - 1);
    handler.problem(problem);
  }

  private void blank(int line) {
    problem(
        ImportProblem.warning(
            line, "plover.line.blank", "a blank line, which is not a record: skipped"));
  }

  private void nextLine() throws IOException {
    LineReader reader = Objects.requireNonNull(lines);
    String text = reader.readLine();
    if (text == null) {
      end();
      return;
    }
    line++;
    encoding(line - 1);
    if (reader.tooLong()) {
      index++;
      handler.rejected(
          index,
          line,
          "plover.json.limit",
          String.format(
              Locale.ROOT,
              "the line is longer than %,d characters (the JSON module's longest document):"
                  + " not read",
              maxRecord));
    } else if (text.isBlank()) {
      blank(line);
    } else {
      index++;
      readLine(text, line);
    }
    encoding(line);
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

  private void startArray() throws IOException {
    JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in);
    parser = p;
    try {
      p.nextToken(); // [
      open = line(p.currentTokenLocation());
    } catch (JacksonException e) {
      failed(e, 0);
    }
  }

  /** Reads the next element of the array, or its end. */
  private void nextInArray() throws IOException {
    JsonParser p = Objects.requireNonNull(parser);
    int start = 0;
    try {
      JsonToken token = p.nextToken();
      if (token == JsonToken.END_ARRAY) {
        if (index == 0) {
          problem(
              ImportProblem.rejection(
                  open, "plover.input.empty", "the input is an empty array: it holds no record"));
        }
        watched.startRecord(Long.MAX_VALUE);
        if (p.nextToken() != null) {
          problem(
              ImportProblem.rejection(
                  line(p.currentTokenLocation()),
                  "plover.json.trailing",
                  "the input goes on after the array of records: what follows it is not read"));
        }
        end();
        return;
      }
      index++;
      start = line(p.currentTokenLocation());
      encoding(start - 1);
      watched.startRecord(maxRecord);
      RecordProblems problems = new RecordProblems(p);
      ExtensionValue value = JsonValues.read(p, problems);
      accept(value, start, problems);
      encoding(line(p.currentTokenLocation()));
    } catch (JacksonException e) {
      failed(e, start);
    }
  }

  /** Reports what stopped the reading of the array, which ends. */
  private void failed(JacksonException e, int start) throws IOException {
    if (e instanceof JacksonIOException io
        && !(io.getCause() instanceof ReplacedLines.RecordTooLong)) {
      throw io.getCause();
    }
    int at = e.getLocation() != null ? line(e.getLocation()) : start;
    String reason =
        e instanceof JacksonIOException
            ? String.format(
                Locale.ROOT,
                "the record is longer than %,d characters (the JSON module's longest document):"
                    + " nothing after this point is read",
                maxRecord)
            : "the input is not JSON here ("
                + e.getOriginalMessage()
                + "): nothing after this point is read";
    String code = e instanceof JacksonIOException ? "plover.json.limit" : code(e);
    if (start > 0) {
      encoding(start - 1);
      handler.rejected(
          index,
          start,
          code,
          "the record starting here cannot be read: at line " + at + ", " + reason);
    } else {
      problem(ImportProblem.rejection(at, code, reason));
    }
    end();
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

  /**
   * The lines of JSON lines, each up to a longest length: a line beyond it is read to its end but
   * not kept ({@link #tooLong()}).
   */
  private static final class LineReader {
    private final Reader in;
    private final long max;
    private final char[] buffer = new char[8192];
    private final StringBuilder text = new StringBuilder();
    private int position;
    private int end;
    private boolean afterReturn;
    private boolean tooLong;

    LineReader(Reader in, long max) {
      this.in = in;
      this.max = max;
    }

    /** True when the last line read was longer than the longest: it is given as empty text. */
    boolean tooLong() {
      return tooLong;
    }

    /** The next line without its end, or null at the end of the input. */
    @Nullable String readLine() throws IOException {
      text.setLength(0);
      tooLong = false;
      long length = 0;
      boolean any = false;
      while (true) {
        if (position == end) {
          end = in.read(buffer, 0, buffer.length);
          position = 0;
          if (end <= 0) {
            end = 0;
            return any ? line() : null;
          }
        }
        char c = buffer[position++];
        if (afterReturn) {
          afterReturn = false;
          if (c == '\n') {
            continue;
          }
        }
        any = true;
        if (c == '\n') {
          return line();
        }
        if (c == '\r') {
          afterReturn = true;
          return line();
        }
        if (++length > max) {
          tooLong = true;
          text.setLength(0);
        } else {
          text.append(c);
        }
      }
    }

    private String line() {
      return tooLong ? "" : text.toString();
    }
  }
}
