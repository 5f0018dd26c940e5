package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.validation.ValidationException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A type written as one JSON string: parsed on reading, formatted on writing. A {@link
 * ValidationException} from the parser becomes its findings; an {@link IllegalArgumentException}
 * becomes a {@code json.format} problem with its message.
 *
 * @param <T> the type
 */
public final class TextCodec<T> implements JsonCodec<T> {

  private final Class<T> type;
  private final String expected;
  private final Function<String, T> parse;
  private final Function<T, String> format;
  private final boolean valid;

  private TextCodec(
      Class<T> type,
      String expected,
      Function<String, T> parse,
      Function<T, String> format,
      boolean valid) {
    this.type = type;
    this.expected = expected;
    this.parse = parse;
    this.format = format;
    this.valid = valid;
  }

  /**
   * A codec whose text is valid Unicode by construction, written without the scan for lone
   * surrogates: ASCII (ids, codes, dates, enum names), or text of the model, which the core's rule
   * ({@link dev.diplomacy.core.internal.Checks#text}) has checked when the value was built. It
   * reads without the scan too: its parser refuses a lone surrogate as any other character it does
   * not expect, or the core's rule does ({@code text.unicode}).
   */
  static <T> TextCodec<T> valid(
      Class<T> type, String expected, Function<String, T> parse, Function<T, String> format) {
    return new TextCodec<>(type, expected, parse, format, true);
  }

  /**
   * The codec of {@code type}.
   *
   * @param expected what the string holds, for messages: "a partial date such as 2018-07"
   */
  static <T> TextCodec<T> of(
      Class<T> type, String expected, Function<String, T> parse, Function<T, String> format) {
    return new TextCodec<>(type, expected, parse, format, false);
  }

  @Override
  public Class<T> type() {
    return type;
  }

  @Override
  public @Nullable T read(JsonInput in) {
    String s = valid ? in.string(expected) : in.text(expected);
    if (s == null) {
      return null;
    }
    try {
      return parse.apply(s);
    } catch (ValidationException e) {
      in.rejected(e, in.pointer(), in.location());
    } catch (IllegalArgumentException e) {
      in.problem(Codes.FORMAT, String.valueOf(e.getMessage()));
    }
    return null;
  }

  @Override
  public void write(T value, JsonOutput out) {
    if (valid) {
      out.generator().writeString(format.apply(value));
    } else {
      out.text(format.apply(value));
    }
  }
}
