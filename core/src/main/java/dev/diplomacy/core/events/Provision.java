package dev.diplomacy.core.events;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One provision of an {@link Agreement}: its kind, the article that holds it, and its words.
 * Article 4 of the 2024 treaty between Russia and North Korea, a {@link
 * ProvisionKind#MUTUAL_ASSISTANCE}:
 *
 * <pre>{@code
 * Provision.builder()
 *     .provisionKind(ProvisionKind.MUTUAL_ASSISTANCE)
 *     .article("4")
 *     .text("military and other assistance with all means at its disposal")
 *     .build();
 * }</pre>
 *
 * <p>Rules: article and text not blank ({@code provision.article.blank}, {@code
 * provision.text.blank}); valid extension names ({@code provision.extensions.key}).
 */
@Value.Immutable
@DiplomacyStyle
public abstract class Provision implements WithProvision {

  Provision() {}

  /** What the provision commits the parties to. */
  public abstract ProvisionKind provisionKind();

  /** Where it stands in the agreement, as the agreement numbers it: "4", "3(2)", "preamble". */
  public abstract Optional<String> article();

  /** The words of the provision, or of the part the source quotes; not blank. */
  public abstract Optional<String> text();

  /**
   * Properties the library carries without knowing them: your own, namespaced ({@code acme:note}),
   * and those of a newer format version kept by lenient reading. See {@link
   * dev.diplomacy.core.Extensions}.
   */
  public abstract Map<String, ExtensionValue> extensions();

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Provision}, from {@link Provision#builder()}. {@code build()} throws an {@link
   * IllegalStateException} when {@code provisionKind} is missing, and a {@link ValidationException}
   * that names every rule the provision breaks.
   */
  public static final class Builder extends ImmutableProvision.Builder {
    Builder() {}
  }

  /** A provision of the given kind, with nothing more said. */
  public static Provision of(ProvisionKind kind) {
    return builder().provisionKind(kind).build();
  }

  @Value.Check
  void check() {
    Checks.of("Provision")
        .text(article(), "article", "provision.article.blank")
        .text(text(), "text", "provision.text.blank")
        .addAll(Extensions.check("provision", extensions()))
        .throwIfAny();
  }
}
