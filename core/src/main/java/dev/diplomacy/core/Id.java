package dev.diplomacy.core;

import dev.diplomacy.core.validation.ValidationException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

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
   * @throws ValidationException naming the value and the rule, when it is not a valid id
   */
  public static Id of(String value) {
    if (!isValid(value)) {
      throw ValidationException.of(
          "Id",
          "",
          "id.format",
          "Invalid id '"
              + value
              + "': 1 to "
              + MAX_LENGTH
              + " characters, ASCII letters and digits, then also . _ : or -");
    }
    return new Id(value);
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
        Normalizer.normalize(name, Normalizer.Form.NFKD)
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
