package dev.diplomacy.core.geography;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An administrative division of a country, as a source gives it: a first-order division (a
 * province, a state, an oblast) or a second-order one (a district, a county), by its name, its
 * code, or both. ICEWS gives names ({@code Province} "P'yongyang-si", {@code District} "Yarra");
 * GDELT gives codes (its {@code ADM1Code} {@code USTX}, a FIPS 10-4 country code and a division's
 * code, and its {@code ADM2Code}, a numeric id such as {@code 40108}). Which order it is of is said
 * by where it sits: {@link Place#admin1()} or {@link Place#admin2()}.
 *
 * <pre>{@code
 * AdminDivision.named("State of Victoria");
 * AdminDivision.builder().code("USTX").build();
 * }</pre>
 *
 * <p>Rules: at least a name or a code ({@code adminDivision.empty}); the name is not blank ({@code
 * adminDivision.name.blank}); the code is 1 to 64 ASCII letters, digits, {@code -}, {@code .} and
 * {@code _} ({@code adminDivision.code.format}).
 */
@Value.Immutable
@DiplomacyStyle
public abstract class AdminDivision implements WithAdminDivision {

  /** The longest code of a division. */
  private static final int MAX_CODE_LENGTH = 64;

  AdminDivision() {}

  /** The division's name as the source gives it: {@code State of Victoria}, {@code Yarra}. */
  public abstract Optional<String> name();

  /** The division's code in the source's scheme: GDELT's {@code USTX}, {@code 40108}. */
  public abstract Optional<String> code();

  /**
   * Properties the library carries without knowing them: your own, namespaced ({@code acme:note}),
   * and those of a newer format version kept by lenient reading. See {@link Extensions}.
   */
  public abstract Map<String, ExtensionValue> extensions();

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AdminDivision}, from {@link AdminDivision#builder()}. {@code build()} throws a
   * {@link ValidationException} that names every rule the division breaks.
   */
  public static final class Builder extends ImmutableAdminDivision.Builder {
    Builder() {}
  }

  /** A division known by its name only. */
  public static AdminDivision named(String name) {
    return builder().name(name).build();
  }

  /**
   * True when {@code code} is 1 to 64 ASCII letters, digits, '-', '.' and '_'. A loop, not a
   * regular expression: every place of an import is checked.
   */
  private static boolean isCode(String code) {
    int n = code.length();
    if (n == 0 || n > MAX_CODE_LENGTH) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = code.charAt(i);
      if (!((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_')) {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  void check() {
    Checks checks =
        Checks.of("AdminDivision")
            .require(
                name().isPresent() || code().isPresent(),
                "",
                "adminDivision.empty",
                "an administrative division needs at least a name or a code")
            .text(name(), "name", "adminDivision.name.blank");
    code()
        .map(c -> Checks.unicode(c, "code"))
        .ifPresent(notUnicode -> checks.addAll(List.of(notUnicode)));
    code()
        .filter(c -> Checks.loneSurrogate(c) < 0)
        .ifPresent(
            c ->
                checks.require(
                    isCode(c),
                    "code",
                    "adminDivision.code.format",
                    () ->
                        "a division's code is 1 to 64 ASCII letters, digits, '-', '.' and '_', such"
                            + " as USTX or 40108, not '"
                            + c
                            + "'"));
    checks.addAll(Extensions.check("adminDivision", extensions())).throwIfAny();
  }
}
