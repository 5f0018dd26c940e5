package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.ValidationException;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.Mode;
import dev.diplomacy.json.format.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The state of one read: the tokens, the mode, and the problems found so far. Codecs record
 * problems here and go on, so that one read reports every problem of a document; the caller throws
 * them all at the end ({@link #throwIfAny()}), or at once when there are {@code maxProblems}: a
 * {@link DiplomacyJsonException}, which each binding wraps in its Jackson's exception.
 *
 * <p>Problems are placed by the parser's own context, so their pointers are those of the whole
 * document even when a codec reads a value nested in a user's object.
 */
public final class JsonInput implements JsonValues.Problems {

  private final TokenReader parser;
  private final Mode mode;
  private final int maxProblems;
  private final String prefix;
  private final long fixedLocation;
  private final List<Problem> problems;

  /** The state of a read of {@code parser}'s tokens in {@code mode}. */
  public JsonInput(TokenReader parser, Mode mode, int maxProblems) {
    this(parser, mode, maxProblems, "", Locations.UNKNOWN, new ArrayList<>());
  }

  private JsonInput(
      TokenReader parser,
      Mode mode,
      int maxProblems,
      String prefix,
      long fixedLocation,
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
  public JsonInput buffered(TokenReader copy, long start) {
    return new JsonInput(copy, mode, maxProblems, pointer(), start, problems);
  }

  public TokenReader parser() {
    return parser;
  }

  public boolean isStrict() {
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
  public String pointer() {
    return prefix + parser.pointer();
  }

  /** The location of the current token, or of the buffered value. */
  public long location() {
    return fixedLocation != Locations.UNKNOWN ? fixedLocation : parser.currentTokenLocation();
  }

  /** How many problems have been recorded so far. */
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
  public void problem(String code, String message) {
    problemAt(pointer(), location(), code, message);
  }

  /** Records a problem at {@code pointer}, and throws them all when there are too many. */
  public void problemAt(String pointer, long location, String code, String message) {
    problems.add(
        new Problem(pointer, Locations.line(location), Locations.column(location), code, message));
    if (problems.size() >= maxProblems) {
      throw DiplomacyJsonException.of(problems, true);
    }
  }

  /** Records the findings of the core's validation of the value at {@code pointer}. */
  public void rejected(ValidationException e, String pointer, long location) {
    rejected(e, pointer, location, UnaryOperator.identity());
  }

  /**
   * Records the findings of the core's validation of the value at {@code pointer}, whose Java paths
   * {@code toJson} turns into JSON paths where the two differ.
   */
  public void rejected(
      ValidationException e, String pointer, long location, UnaryOperator<String> toJson) {
    for (Finding f : e.findings()) {
      problemAt(
          Pointers.fromJavaPath(pointer, toJson.apply(f.path())), location, f.code(), f.message());
    }
    if (e.omitted() > 0) {
      // the value broke more rules than the core lists: more are wrong than can be reported
      throw DiplomacyJsonException.of(problems, true);
    }
  }

  /**
   * Records a problem at the current token that makes the rest of the document unreadable (a format
   * version this library does not read), and gives the exception to throw at once.
   */
  public DiplomacyJsonException stop(String code, String message) {
    long location = location();
    problems.add(
        new Problem(
            pointer(), Locations.line(location), Locations.column(location), code, message));
    return DiplomacyJsonException.of(problems, true);
  }

  /** Records that the current value is not {@code expected} (e.g. "a string"), and skips it. */
  public void wrongType(String expected) {
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
    String name = parser.currentName();
    int bad = Checks.loneSurrogate(name);
    if (bad < 0) {
      return name;
    }
    // A syntax error, as Jackson 3.3's parser reports it: an older Jackson lets it through to a
    // mapper that is not the library's own (the pointer is then the name's).
    char unit = name.charAt(bad);
    problem(
        Codes.SYNTAX,
        Character.isHighSurrogate(unit)
            ? JacksonMessages.reword("Broken surrogate pair in property name: x")
            : String.format("unexpected low surrogate in property name: 0x%04x", (int) unit));
    return null;
  }

  private @Nullable String unicode(String s, String what) {
    return JsonValues.text(s, what, this);
  }

  /** Throws every problem recorded, if any. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw failure();
    }
  }

  /** The exception carrying every problem recorded. */
  public DiplomacyJsonException failure() {
    return DiplomacyJsonException.of(problems, false);
  }

  /** How a message names the token {@code t}. */
  public static String describe(@Nullable JsonToken t) {
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
}
