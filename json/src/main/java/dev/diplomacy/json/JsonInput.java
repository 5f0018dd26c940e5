package dev.diplomacy.json;

import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.ValidationException;
import dev.diplomacy.json.internal.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The state of one read: the parser, the mode, and the problems found so far. Codecs record
 * problems here and go on, so that one read reports every problem of a document; the caller throws
 * them all at the end ({@link #throwIfAny()}), or at once when there are {@code maxProblems}.
 *
 * <p>Problems are placed by the parser's own context, so their pointers are those of the whole
 * document even when a codec reads a value nested in a user's object.
 */
final class JsonInput implements JsonValues.Problems {

  private final JsonParser parser;
  private final Mode mode;
  private final int maxProblems;
  private final String prefix;
  private final @Nullable TokenStreamLocation fixedLocation;
  private final List<Problem> problems;

  JsonInput(JsonParser parser, Mode mode, int maxProblems) {
    this(parser, mode, maxProblems, "", null, new ArrayList<>());
  }

  private JsonInput(
      JsonParser parser,
      Mode mode,
      int maxProblems,
      String prefix,
      @Nullable TokenStreamLocation fixedLocation,
      List<Problem> problems) {
    this.parser = parser;
    this.mode = mode;
    this.maxProblems = maxProblems;
    this.prefix = prefix;
    this.fixedLocation = fixedLocation;
    this.problems = problems;
  }

  /**
   * The input for a buffered copy of the current value, read by {@code copy}: problems go to the
   * same list, at pointers below the current value's, and at {@code start}, where the value starts.
   */
  JsonInput buffered(JsonParser copy, @Nullable TokenStreamLocation start) {
    return new JsonInput(copy, mode, maxProblems, pointer(), start, problems);
  }

  JsonParser parser() {
    return parser;
  }

  boolean isStrict() {
    return mode == Mode.STRICT;
  }

  /** The current token. */
  @Nullable JsonToken token() {
    return parser.currentToken();
  }

  /**
   * The JSON Pointer of the current token: of the value for a value or the start of an array or
   * object, of the array or object itself for its end, of the property for a property name.
   */
  String pointer() {
    return prefix + parser.streamReadContext().pathAsPointer();
  }

  /** The location of the current token, or of the buffered value. */
  @Nullable TokenStreamLocation location() {
    return fixedLocation != null ? fixedLocation : parser.currentTokenLocation();
  }

  @Override
  public int problemCount() {
    return problems.size();
  }

  /** Records a member given twice, under {@link Codes#DUPLICATE_KEY}. */
  @Override
  public void duplicateKey(String message) {
    problem(Codes.DUPLICATE_KEY, message);
  }

  /** Records a value in a form the format does not accept, under {@link Codes#FORMAT}. */
  @Override
  public void format(String message) {
    problem(Codes.FORMAT, message);
  }

  /** Records a problem at the current token. */
  void problem(String code, String message) {
    problemAt(pointer(), location(), code, message);
  }

  /** Records a problem at {@code pointer}, and throws them all when there are too many. */
  void problemAt(
      String pointer, @Nullable TokenStreamLocation location, String code, String message) {
    problems.add(new Problem(pointer, line(location), column(location), code, message));
    if (problems.size() >= maxProblems) {
      throw new ProblemsException(parser, new DiplomacyJsonException(problems, true));
    }
  }

  /** Records the findings of the core's validation of the value at {@code pointer}. */
  void rejected(ValidationException e, String pointer, @Nullable TokenStreamLocation location) {
    rejected(e, pointer, location, UnaryOperator.identity());
  }

  /**
   * Records the findings of the core's validation of the value at {@code pointer}, whose Java paths
   * {@code toJson} turns into JSON paths where the two differ.
   */
  void rejected(
      ValidationException e,
      String pointer,
      @Nullable TokenStreamLocation location,
      UnaryOperator<String> toJson) {
    for (Finding f : e.findings()) {
      problemAt(
          Pointers.fromJavaPath(pointer, toJson.apply(f.path())), location, f.code(), f.message());
    }
    if (e.omitted() > 0) {
      // the value broke more rules than the core lists: more are wrong than can be reported
      throw new ProblemsException(parser, new DiplomacyJsonException(problems, true));
    }
  }

  /**
   * Records a problem at the current token that makes the rest of the document unreadable (a format
   * version this library does not read), and gives the exception to throw at once.
   */
  ProblemsException stop(String code, String message) {
    TokenStreamLocation location = location();
    problems.add(new Problem(pointer(), line(location), column(location), code, message));
    return new ProblemsException(parser, new DiplomacyJsonException(problems, true));
  }

  /** Records that the current value is not {@code expected} (e.g. "a string"), and skips it. */
  void wrongType(String expected) {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      problem(
          Codes.TYPE,
          "expected " + expected + ", not null: leave out a property that has no value");
    } else {
      problem(Codes.TYPE, "expected " + expected + ", not " + describe(t));
    }
    parser.skipChildren();
  }

  /** The current string value, or null after recording a problem when it is not a valid string. */
  @Nullable String text(String expected) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(expected);
      return null;
    }
    return unicode(parser.getString(), "the text");
  }

  /**
   * The current string value, not checked for lone surrogates: for the codecs whose parser or whose
   * core rule refuses them ({@link TextCodec#valid}), which report them under their own code. Null
   * after recording a problem when it is not a string.
   */
  @Nullable String string(String expected) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(expected);
      return null;
    }
    return parser.getString();
  }

  /** The current property name, or null after recording a problem when it is not valid Unicode. */
  @Nullable String name() {
    return JacksonLeniency.name(parser.currentName(), this);
  }

  private @Nullable String unicode(String s, String what) {
    return JsonValues.text(s, what, this);
  }

  /** Throws every problem recorded, if any. */
  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw failure();
    }
  }

  /** The exception carrying every problem recorded. */
  ProblemsException failure() {
    return new ProblemsException(parser, new DiplomacyJsonException(problems, false));
  }

  static String describe(@Nullable JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case START_OBJECT:
      case END_OBJECT:
        return "an object";
      case START_ARRAY:
      case END_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.name();
    }
  }

  static OptionalInt line(@Nullable TokenStreamLocation location) {
    return location != null && location.getLineNr() > 0
        ? OptionalInt.of(location.getLineNr())
        : OptionalInt.empty();
  }

  static OptionalInt column(@Nullable TokenStreamLocation location) {
    return location != null && location.getColumnNr() > 0
        ? OptionalInt.of(location.getColumnNr())
        : OptionalInt.empty();
  }
}
