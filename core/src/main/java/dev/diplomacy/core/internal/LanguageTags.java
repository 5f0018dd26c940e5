package dev.diplomacy.core.internal;

import java.util.Locale;

/** The one rule for language tags, shared by names and sources. */
public final class LanguageTags {

  private LanguageTags() {}

  /**
   * True when {@code tag} is a well-formed BCP 47 language tag other than {@code und}: one that
   * {@link Locale#forLanguageTag} reads back to itself, letter case aside ({@code en}, {@code ko},
   * {@code zh-Hant}, {@code es-CU}).
   */
  public static boolean isValid(String tag) {
    String canonical = Locale.forLanguageTag(tag).toLanguageTag();
    return !canonical.equals("und") && canonical.equalsIgnoreCase(tag);
  }
}
