package dev.diplomacy.core.actors;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.validation.ValidationException;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A position a {@link Person} holds or held: a title, optionally the organisation and country, and
 * the span of time it was held.
 *
 * <pre>{@code
 * Position.builder().title("First Secretary of the Central Committee")
 *     .organization(Id.of("communist-party-of-cuba")).country(Country.of("CU"))
 *     .held(DateSpan.of(PartialDate.ofYear(2011), PartialDate.ofYear(2021))).build();
 * }</pre>
 */
@Value.Immutable
@DiplomacyStyle
public abstract class Position implements WithPosition {

  Position() {}

  /** The title, as the source gives it: {@code Vice Chairman}, {@code Foreign Minister}. */
  public abstract String title();

  /** The id of the {@link Organization} in which the position is held. */
  public abstract Optional<Id> organization();

  /** The country the position serves. */
  public abstract Optional<Country> country();

  /** When the position was held, when known. */
  public abstract Optional<DateSpan> held();

  /** A position known only by its title. */
  public static Position of(String title) {
    return builder().title(title).build();
  }

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Position}, from {@link Position#builder()}. {@code build()} throws a {@link
   * ValidationException} when {@code title} is missing, and a {@link ValidationException} that
   * names every rule the position breaks.
   */
  public static final class Builder extends ImmutablePosition.Builder {
    Builder() {}
  }

  /**
   * True when the position may have been held on {@code date}: its span is not known, or may
   * include the date.
   */
  public boolean mayBeHeldOn(PartialDate date) {
    return held().map(h -> h.mayContain(date)).orElse(true);
  }

  /**
   * Properties the library carries without knowing them: your own, namespaced ({@code acme:note}),
   * and those of a newer format version kept by lenient reading. See {@link
   * dev.diplomacy.core.Extensions}.
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.of("Position")
        .text(title(), "title", "position.title.blank")
        .addAll(Extensions.check("position", extensions()))
        .throwIfAny();
  }
}
