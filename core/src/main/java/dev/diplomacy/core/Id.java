package dev.diplomacy.core;

import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.validation.ValidationException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of an actor, event, relationship or source within a dossier: a readable slug such
 * as {@code kim-jong-un}, a UUID, or a code such as {@code icews-27823457}.
 *
 * <p>An id is 1 to 128 characters: ASCII letters and digits, and {@code . _ : -} after the first
 * character. Ids are compared exactly, case included.
 */
public final class Id implements Comparable<Id> {

  private static final int MAX_LENGTH = 128;

  private final String value;

  private Id(String value) {
    this.value = value;
  }

  /**
   * The id written as {@code value}.
   *
   * @throws ValidationException {@code id.format} when it is not a valid id; the message names the
   *     first character that is not allowed, with its position, and the id that {@link #slug} makes
   *     of the value, when it makes one
   */
  public static Id of(String value) {
    if (!isValid(value)) {
      throw ValidationException.of("Id", "", "id.format", whyInvalid(value));
    }
    return new Id(value);
  }

  /** What is wrong with {@code value}, which is not a valid id, and what to use instead. */
  private static String whyInvalid(String value) {
    String shown = value.length() > 80 ? value.substring(0, 80) + "..." : value;
    StringBuilder b = new StringBuilder("Invalid id '").append(shown).append("': ");
    int n = value.length();
    if (n == 0) {
      b.append("an id cannot be empty");
    } else if (n > MAX_LENGTH) {
      b.append("it is ").append(n).append(" characters long, more than ").append(MAX_LENGTH);
    } else {
      int at = 0;
      while (at < n && allowedAt(value.charAt(at), at)) {
        at++;
      }
      int c = value.codePointAt(at);
      b.append(at == 0 ? "it starts with " : "the character at index " + at + ", ")
          .append(describe(c))
          .append(at == 0 ? ", not an ASCII letter or digit" : ", is not allowed");
    }
    b.append(" (an id is 1 to ")
        .append(MAX_LENGTH)
        .append(" characters, ASCII letters and digits, then also . _ : or -)");
    String slug = slugOrNull(value);
    if (slug != null) {
      b.append("; Id.slug makes '").append(slug).append("' of it");
    }
    return b.toString();
  }

  private static boolean allowedAt(char c, int index) {
    return isAlnum(c) || (index > 0 && (c == '.' || c == '_' || c == ':' || c == '-'));
  }

  /** {@code 'é' (U+00E9)}, or only {@code U+0020} for a character that shows nothing. */
  private static String describe(int c) {
    String code = String.format(Locale.ROOT, "U+%04X", c);
    boolean visible =
        !Character.isWhitespace(c)
            && !Character.isSpaceChar(c)
            && !Character.isISOControl(c)
            && Character.getType(c) != Character.SURROGATE
            && Character.getType(c) != Character.FORMAT
            && Character.isDefined(c);
    return visible ? "'" + new String(Character.toChars(c)) + "' (" + code + ")" : code;
  }

  private static @Nullable String slugOrNull(String value) {
    try {
      return slug(value).value();
    } catch (ValidationException noLetterOrDigit) {
      return null;
    }
  }

  /** True when {@code value} is a valid id. */
  public static boolean isValid(String value) {
    int n = value.length();
    if (n == 0 || n > MAX_LENGTH || !isAlnum(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = value.charAt(i);
      if (!isAlnum(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** A new random UUID. */
  public static Id random() {
    return new Id(UUID.randomUUID().toString());
  }

  /**
   * A readable slug made of a name: lower case, accents dropped, runs of anything else turned into
   * one hyphen. {@code "Raúl Castro"} gives {@code raul-castro}.
   *
   * @throws ValidationException when the name has no letter or digit to make a slug of
   */
  public static Id slug(String name) {
    String plain =
        Checks.isAscii(name)
            ? name.toLowerCase(Locale.ROOT) // no accent to drop: the same, without normalising
            : Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < plain.length() && b.length() < MAX_LENGTH; i++) {
      char c = plain.charAt(i);
      if (isAlnum(c)) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    }
    while (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
      b.setLength(b.length() - 1);
    }
    if (b.length() == 0) {
      throw ValidationException.of(
          "Id",
          "",
          "id.slug.empty",
          "Cannot make an id of '" + name + "': it has no ASCII letter or digit");
    }
    return new Id(b.toString());
  }

  /** The text of the id. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(Id other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Id other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The id's text, as {@link #of} reads it. */
  @Override
  public String toString() {
    return value;
  }
}
