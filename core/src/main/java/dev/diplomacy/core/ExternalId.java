package dev.diplomacy.core;

import dev.diplomacy.core.validation.ValidationException;

/**
 * An identifier in another system, written {@code scheme:value}: {@code wikidata:Q56226}, {@code
 * cameo:PRKGOV}, {@code icews:Kim Jong-Un}. The scheme is lower case ASCII ({@code
 * [a-z][a-z0-9.+-]*}); the value is any non-blank text without line breaks.
 *
 * <p>Never guess one: a wrong external id is worse than none.
 */
public final class ExternalId implements Comparable<ExternalId> {

  /** The scheme of Wikidata items, whose values are {@code Q} and digits. */
  public static final String WIKIDATA = "wikidata";

  private final String scheme;
  private final String value;

  private ExternalId(String scheme, String value) {
    this.scheme = scheme;
    this.value = value;
  }

  /**
   * The id {@code value} in {@code scheme}.
   *
   * @throws ValidationException naming the part and the rule broken
   */
  public static ExternalId of(String scheme, String value) {
    String problem = null;
    if (!validScheme(scheme)) {
      problem =
          "the scheme '"
              + scheme
              + "' must be lower case ASCII letters, digits, '.', '+' or '-', starting with a letter";
    } else if (value.isBlank() || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      problem = "the value must be non-blank text on one line";
    } else if (scheme.equals(WIKIDATA) && !value.matches("Q[1-9][0-9]*")) {
      problem = "a Wikidata item id is Q and digits, such as Q56226, not '" + value + "'";
    }
    if (problem != null) {
      throw ValidationException.of(
          "ExternalId",
          "",
          "externalId.format",
          "Invalid external id '" + scheme + ":" + value + "': " + problem);
    }
    return new ExternalId(scheme, value);
  }

  /** Reads {@code scheme:value}; the value may itself contain colons. */
  public static ExternalId parse(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw ValidationException.of(
          "ExternalId",
          "",
          "externalId.format",
          "Invalid external id '" + text + "': expected scheme:value");
    }
    return of(text.substring(0, colon), text.substring(colon + 1));
  }

  /** The Wikidata item with the given id, e.g. {@code Q56226}. */
  public static ExternalId wikidata(String item) {
    return of(WIKIDATA, item);
  }

  private static boolean validScheme(String s) {
    if (s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '+' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** The system, e.g. {@code wikidata}. */
  public String scheme() {
    return scheme;
  }

  /** The id within the system, e.g. {@code Q56226}. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(ExternalId o) {
    int c = scheme.compareTo(o.scheme);
    return c != 0 ? c : value.compareTo(o.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExternalId e && e.scheme.equals(scheme) && e.value.equals(value);
  }

  @Override
  public int hashCode() {
    return scheme.hashCode() * 31 + value.hashCode();
  }

  /** {@code scheme:value}, as {@link #parse} reads it. */
  @Override
  public String toString() {
    return scheme + ":" + value;
  }
}
