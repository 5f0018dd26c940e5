package dev.diplomacy.core.sources;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event's or relationship's reference to a {@link Source}, by the source's id, with the exact
 * words that support it and where in the source they are.
 *
 * <p>The quote belongs to the citation, not to the source, because one source supports many events,
 * each with its own words: the same KCNA report is quoted "the talk took place in a friendly
 * atmosphere" for the meeting and "his most wholehearted greetings" for Raúl Castro's reply.
 *
 * <pre>{@code
 * Citation.of(Id.of("kcna-2018-07-09"), "the talk took place in a friendly atmosphere")
 * }</pre>
 */
@Value.Immutable
@DiplomacyStyle
public abstract class Citation implements WithCitation {

  Citation() {}

  /** The id of the source cited. */
  public abstract Id source();

  /**
   * The exact words of the source that support the claim, as published (translation included, if
   * the source is one). Not blank.
   */
  public abstract Optional<String> quote();

  /**
   * Where in the source the words or facts are: {@code photo caption}, {@code paragraph 3}, {@code
   * 02:15}. Not blank.
   */
  public abstract Optional<String> locator();

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Citation}, from {@link Citation#builder()}. {@code build()} throws a {@link
   * ValidationException} when {@code source} is missing, and a {@link ValidationException} that
   * names every rule the citation breaks.
   */
  public static final class Builder extends ImmutableCitation.Builder {
    Builder() {}
  }

  /** The source as a whole, without a quote. */
  public static Citation of(Id source) {
    return builder().source(source).build();
  }

  /** The source, quoted. */
  public static Citation of(Id source, String quote) {
    return builder().source(source).quote(quote).build();
  }

  /**
   * Properties the library carries without knowing them: your own, namespaced ({@code acme:note}),
   * and those of a newer format version kept by lenient reading. See {@link
   * dev.diplomacy.core.Extensions}.
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.of("Citation")
        .text(quote(), "quote", "citation.quote.blank")
        .text(locator(), "locator", "citation.locator.blank")
        .addAll(Extensions.check("citation", extensions()))
        .throwIfAny();
  }
}
