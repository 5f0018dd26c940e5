package dev.diplomacy.json.format.internal;

import dev.diplomacy.json.format.JsonLimits;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's messages said in the library's words: what is wrong with the document, never how to
 * configure Jackson ({@code enable JsonReadFeature...}), nor Jackson's own view of where it is
 * ({@code [Source: REDACTED ...]}), which the problem's line and column give better.
 *
 * <p>Each message Jackson is known to give is matched whole by a rule of {@link #RULES}; any other
 * is cut before the first mark of Jackson's internals, so that none reaches a user. The patterns
 * run on short text only: Jackson quotes at most 256 characters of the input in a message, and the
 * names it quotes are within {@link JsonLimits#maxNameLength()}.
 */
public final class JacksonMessages {

  /**
   * How Jackson describes a character: {@code ('x' (code 120))} or {@code ((CTRL-CHAR, code 9))}.
   */
  private static final String CHARACTER =
      "\\(('.+?' \\(code \\d+[^)]*\\)|\\(CTRL-CHAR, code \\d+\\))\\)";

  private static final Pattern CHARACTER_DESCRIPTION =
      Pattern.compile("'(.+?)' \\(code (\\d+)[^)]*\\)|\\(CTRL-CHAR, code (\\d+)\\)");

  private static final Pattern LIMIT =
      Pattern.compile(
          ".*exceeds the maximum allowed \\((\\d+), from `Stream(Read|Write)Constraints"
              + "\\.getMax(\\w+)\\(\\)`\\).*",
          Pattern.DOTALL);

  private static final String VALUE =
      "expected a value (a string, a number, an array, an object, true, false or null)";

  private static final List<Rule> RULES =
      List.of(
          rule(
              "Unexpected end-of-input: expected close marker for (Object|Array).*",
              m -> endsInside(m.group(1))),
          rule(
              "Unexpected end-of-input within/between (Object|Array) entries.*",
              m -> endsInside(m.group(1))),
          rule(
              "Unexpected end-of-input(?: in VALUE_STRING|: was expecting closing quote).*",
              m -> "the document ends inside a string: its closing quote is missing"),
          rule(
              "Unexpected end-of-input: was expecting closing '\"' for name.*",
              m -> "the document ends inside a property name: its closing quote is missing"),
          rule(
              "Unexpected end-of-input in character escape sequence.*",
              m -> "the document ends inside an escape sequence of a string"),
          rule("Unexpected end-of-input.*", m -> "the document ends before its value does"),
          rule(
              "Non-standard token '([^']*)'.*",
              m -> "'" + m.group(1) + "' is not a number JSON allows: JSON has no NaN or infinity"),
          rule(
              "Unexpected character " + CHARACTER + ": maybe a \\(non-standard\\) comment.*",
              m -> "unexpected character " + character(m.group(1)) + ": JSON has no comments"),
          rule(
              "Unexpected character " + CHARACTER + ": hexadecimal number literals.*",
              m ->
                  "unexpected character "
                      + character(m.group(1))
                      + " in a number: JSON numbers are decimal"),
          rule(
              "Unexpected character "
                  + CHARACTER
                  + " in numeric value: JSON spec does not allow"
                  + " numbers to have plus signs.*",
              m ->
                  "unexpected character "
                      + character(m.group(1))
                      + " in a number: JSON numbers have no plus sign"),
          rule(
              "Unexpected character " + CHARACTER + " in numeric value: (.*)",
              m ->
                  "unexpected character "
                      + character(m.group(1))
                      + " in a number: "
                      + number(m.group(2))),
          rule(
              "Unexpected character "
                  + CHARACTER
                  + ": was expecting double-quote to start"
                  + " (?:property|field) name.*",
              m ->
                  "unexpected character "
                      + character(m.group(1))
                      + ": a property name is a string in double quotes"),
          rule(
              "Unexpected character "
                  + CHARACTER
                  + ": was expecting comma to separate (Object|Array)"
                  + " entries.*",
              m ->
                  "unexpected character "
                      + character(m.group(1))
                      + ": expected ',' or "
                      + closing(m.group(2))),
          rule(
              "Unexpected character " + CHARACTER + ": was expecting a colon to separate.*",
              m ->
                  "unexpected character "
                      + character(m.group(1))
                      + ": expected ':' after the property name"),
          rule(
              "Unexpected character " + CHARACTER + ": expected a (?:valid )?value.*",
              m -> "unexpected character " + character(m.group(1)) + ": " + VALUE),
          rule(
              "Unexpected character " + CHARACTER + "(?:: (.*))?",
              m ->
                  "unexpected character "
                      + character(m.group(1))
                      + (m.group(2) == null ? "" : ": " + scrub(m.group(2)))),
          rule(
              "Unrecognized token '(.*)': was expecting.*",
              m -> "unknown token '" + m.group(1) + "': " + VALUE),
          rule(
              "Illegal unquoted character " + CHARACTER + ": has to be escaped.*",
              m -> {
                int code = controlCode(m.group(1));
                return code < 0
                    ? character(m.group(1)) + " must be escaped in a string"
                    : String.format(
                        Locale.ROOT,
                        "the control character U+%04X must be escaped in a string (as \\u%04X)",
                        code,
                        code);
              }),
          rule(
              "Unrecognized character escape '(.+?)' \\(code \\d+[^)]*\\).*",
              m ->
                  "unknown escape '\\"
                      + m.group(1)
                      + "' in a string: JSON's escapes are \\\", \\\\, \\/, \\b, \\f, \\n, \\r,"
                      + " \\t and \\u followed by four hexadecimal digits"),
          rule(
              "Unrecognized character escape .*",
              m ->
                  "unknown escape in a string: JSON's escapes are \\\", \\\\, \\/, \\b, \\f, \\n,"
                      + " \\r, \\t and \\u followed by four hexadecimal digits"),
          rule(
              "Invalid numeric value: Leading zeroes not allowed.*",
              m -> "JSON numbers have no leading zeros"),
          rule(
              "Invalid numeric value: (.*)",
              m -> "not a number JSON allows: " + number(m.group(1))),
          rule(
              "Invalid UTF-8 start byte (0x\\p{XDigit}+).*",
              m -> "the bytes are not UTF-8: " + m.group(1) + " cannot start a character"),
          rule(
              "Invalid UTF-8 middle byte (0x\\p{XDigit}+).*",
              m -> "the bytes are not UTF-8: " + m.group(1) + " cannot continue a character"),
          rule(
              "Invalid UTF-8: Illegal surrogate character (0x\\p{XDigit}+).*",
              m ->
                  "the bytes are not UTF-8: they encode "
                      + m.group(1)
                      + ", a surrogate, which is not a character"),
          rule(
              "Invalid UTF-8:? ?(.*)",
              m ->
                  "the bytes are not UTF-8"
                      + (m.group(1).isEmpty() ? "" : ": " + scrub(m.group(1)))),
          rule(
              "Broken surrogate pair in (.+?):.*|(Broken surrogate pair).*",
              m ->
                  "a broken surrogate pair"
                      + (m.group(1) == null ? "" : " in a " + m.group(1))
                      + ": an escaped high surrogate (\\uD800 to \\uDBFF) must be followed by an"
                      + " escaped low surrogate (\\uDC00 to \\uDFFF)"),
          rule(
              "Unexpected close marker '(.)': expected '(.)'.*",
              m ->
                  "unexpected '"
                      + m.group(1)
                      + "': expected '"
                      + m.group(2)
                      + "' to close the "
                      + (m.group(2).equals("]") ? "array" : "object")
                      + " first"),
          rule(
              "Unexpected close marker '(.)': no open .*",
              m -> "unexpected '" + m.group(1) + "': nothing is open for it to close"));

  private JacksonMessages() {}

  /** {@code message}, from Jackson, in the library's words. */
  public static String reword(String message) {
    for (Rule r : RULES) {
      Matcher m = r.pattern.matcher(message);
      if (m.matches()) {
        return r.words.apply(m);
      }
    }
    return scrub(message);
  }

  /**
   * The message of a limit passed, from Jackson's ("String value length (1048576) exceeds the
   * maximum allowed (1000000, from `StreamReadConstraints.getMaxStringLength()`)"): what went
   * beyond which limit of {@link JsonLimits}. Jackson's count is left out: it is where Jackson
   * noticed, not the length of the value.
   */
  public static String limit(String message) {
    Matcher m = LIMIT.matcher(message);
    if (!m.matches()) {
      return "beyond a limit of reading: " + scrub(message);
    }
    String max = m.group(1);
    String limit = "JsonLimits.max" + m.group(3);
    return switch (m.group(3)) {
      case "StringLength" ->
          "the string is longer than allowed: more than " + max + " characters (" + limit + ")";
      case "NumberLength" ->
          "the number is longer than allowed: more than " + max + " characters (" + limit + ")";
      case "NameLength" ->
          "the property name is longer than allowed: more than "
              + max
              + " characters ("
              + limit
              + ")";
      case "NestingDepth" ->
          "arrays and objects nest deeper than allowed: more than "
              + max
              + " levels ("
              + limit
              + ")";
      case "DocumentLength" ->
          "the document is longer than allowed: more than " + max + " (" + limit + ")";
      default -> "beyond a limit of reading: more than " + max + " (" + limit + ")";
    };
  }

  private static String endsInside(String objectOrArray) {
    return objectOrArray.equals("Object")
        ? "the document ends inside an object: its closing '}' is missing"
        : "the document ends inside an array: its closing ']' is missing";
  }

  private static String closing(String objectOrArray) {
    return objectOrArray.equals("Object") ? "'}'" : "']'";
  }

  /** A character as Jackson describes it ({@code 'x' (code 120)}), as the library does. */
  private static String character(String description) {
    Matcher m = CHARACTER_DESCRIPTION.matcher(description);
    if (!m.matches()) {
      return scrub(description);
    }
    return m.group(3) != null
        ? String.format(Locale.ROOT, "the control character U+%04X", Integer.parseInt(m.group(3)))
        : "'" + m.group(1) + "'";
  }

  /** The code of a control character as Jackson describes it, or -1 for any other character. */
  private static int controlCode(String description) {
    Matcher m = CHARACTER_DESCRIPTION.matcher(description);
    return m.matches() && m.group(3) != null ? Integer.parseInt(m.group(3)) : -1;
  }

  /** What Jackson says is wrong with a number, without its advice on features. */
  private static String number(String what) {
    String s = scrub(what);
    return s.isEmpty() ? "not a JSON number" : s;
  }

  /**
   * {@code message} cut before the first mark of Jackson's internals, with its first letter in
   * lower case as the library's messages have it.
   */
  private static String scrub(String message) {
    String s = message;
    for (String mark :
        new String[] {
          "[Source",
          " (start marker",
          " (for ",
          "enable",
          "Feature",
          "`",
          "(internal state",
          "JsonToken",
          "VALUE_"
        }) {
      int at = s.indexOf(mark);
      if (at >= 0) {
        s = s.substring(0, at);
      }
    }
    s = s.strip().replaceAll("[\\s:;,(]+$", "");
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static Rule rule(String regex, Function<MatchResult, String> words) {
    return new Rule(Pattern.compile(regex, Pattern.DOTALL), words);
  }

  private record Rule(Pattern pattern, Function<MatchResult, String> words) {}
}
