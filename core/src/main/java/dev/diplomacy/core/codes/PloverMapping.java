package dev.diplomacy.core.codes;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * What an event is in PLOVER: a category, optionally a mode that refines it ({@code visit}, {@code
 * third-party} and {@code phone} for CONSULT) and the contexts it touches ({@code diplomatic},
 * {@code military}; some table rows name two, such as {@code crime} and {@code corruption}). Modes
 * and contexts are single words of letters, digits, {@code -} and {@code _}.
 *
 * <pre>{@code
 * PloverMapping.builder().category(PloverCategory.CONSULT).mode("visit").build();
 * }</pre>
 */
@Value.Immutable
@DiplomacyStyle
public abstract class PloverMapping implements WithPloverMapping {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_-]+");

  PloverMapping() {}

  /** The event category. */
  public abstract PloverCategory category();

  /** The mode, e.g. {@code visit}; empty when none applies. */
  public abstract Optional<String> mode();

  /** The contexts, in the order given; none when none applies. */
  public abstract List<String> contexts();

  /**
   * Properties the library carries without knowing them, when the mapping is a dataset's ({@link
   * DatasetCoding#plover()}): your own, namespaced ({@code acme:note}), and those of a newer format
   * version kept by lenient reading. See {@link Extensions}. None in the PLOVER table's rows.
   */
  public abstract Map<String, ExtensionValue> extensions();

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PloverMapping}, from {@link PloverMapping#builder()}. {@code build()} throws a
   * {@link ValidationException} when {@code category} is missing, and one that names every rule the
   * mapping breaks.
   */
  public static final class Builder extends ImmutablePloverMapping.Builder {
    Builder() {}
  }

  /** A category with no mode and no context. */
  public static PloverMapping of(PloverCategory category) {
    return builder().category(category).build();
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of("PloverMapping");
    mode()
        .ifPresent(
            m -> {
              checks.text(m, "mode", "ploverMapping.mode.blank");
              checks.require(
                  m.isBlank() || WORD.matcher(m).matches(),
                  "mode",
                  "ploverMapping.mode.format",
                  "a mode is one word of letters, digits, '-' and '_', e.g. third-party, not '"
                      + m
                      + "'");
            });
    for (int i = 0; i < contexts().size(); i++) {
      String c = contexts().get(i);
      String path = "contexts[" + i + "]";
      checks.text(c, path, "ploverMapping.contexts.blank");
      checks.require(
          c.isBlank() || WORD.matcher(c).matches(),
          path,
          "ploverMapping.contexts.format",
          "a context is one word of letters, digits, '-' and '_', e.g. diplomatic, not '"
              + c
              + "': give each context separately");
    }
    checks
        .unique(contexts(), "contexts", "ploverMapping.contexts.distinct", "context")
        .addAll(Extensions.check("ploverMapping", extensions()))
        .throwIfAny();
  }
}
