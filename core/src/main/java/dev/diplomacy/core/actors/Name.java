package dev.diplomacy.core.actors;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.internal.LanguageTags;
import dev.diplomacy.core.validation.ValidationException;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A name of an actor as it is written, with an optional BCP 47 language tag: {@code Kim Jong-un},
 * {@code 김정은} ({@code ko}). Native-script names are names like any other.
 *
 * <p>The text is not blank and has no line breaks. The language tag is kept as given; it must be
 * well-formed BCP 47 ({@code en}, {@code ko}, {@code zh-Hant}), in any case, and not {@code und}.
 */
@Value.Immutable
@DiplomacyStyle
public abstract class Name implements WithName {

  Name() {}

  /** The name as written. */
  public abstract String text();

  /** The BCP 47 language tag of the text, when known. */
  public abstract Optional<String> language();

  /** The name {@code text}, in no particular language. */
  public static Name of(String text) {
    return builder().text(text).build();
  }

  /** The name {@code text} in {@code language}, a BCP 47 tag: {@code Name.of("김정은", "ko")}. */
  public static Name of(String text, String language) {
    return builder().text(text).language(language).build();
  }

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Name}, from {@link Name#builder()}. {@code build()} throws a {@link
   * ValidationException} when {@code text} is missing, and a {@link ValidationException} that names
   * every rule the name breaks.
   */
  public static final class Builder extends ImmutableName.Builder {
    Builder() {}
  }

  /**
   * Properties the library carries without knowing them: your own, namespaced ({@code acme:note}),
   * and those of a newer format version kept by lenient reading. See {@link
   * dev.diplomacy.core.Extensions}.
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.of("Name")
        .text(text(), "text", "name.text.blank")
        .require(
            !hasLineBreak(text()),
            "text",
            "name.text.lineBreak",
            "a name is one line of text, without line breaks")
        .require(
            language().map(LanguageTags::isValid).orElse(true),
            "language",
            "name.language.invalid",
            () ->
                "'"
                    + language().orElse("")
                    + "' is not a BCP 47 language tag such as en, ko or zh-Hant")
        .addAll(Extensions.check("name", extensions()))
        .throwIfAny();
  }

  private static boolean hasLineBreak(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** The text of the name. */
  @Override
  public String toString() {
    return text();
  }
}
