package dev.diplomacy.core.events;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.validation.ValidationException;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an event stands in a series, as the source says: "the first summit" is the {@link
 * #ordinal() first}; "the first visit by a sitting head of state since 1928" is the first, of the
 * {@link #series() visits by a sitting head of state}, {@link #since() since} 1928.
 *
 * <pre>{@code
 * Precedent.first();
 * Precedent.builder().ordinal(1).series("visit by a sitting head of state")
 *     .since(PartialDate.ofYear(1928)).build();
 * }</pre>
 *
 * <p>Rules: the ordinal is at least one ({@code precedent.ordinal.positive}); the series is not
 * blank ({@code precedent.series.blank}). An event's {@code since} is not after the event ({@code
 * <type>.precedent.since}).
 */
@Value.Immutable
@DiplomacyStyle
public abstract class Precedent implements WithPrecedent {

  Precedent() {}

  /** Which one it is: 1 for the first, 2 for the second... */
  public abstract int ordinal();

  /**
   * What it is the first (second...) of, in the source's words, when the source says more than the
   * event's kind: "visit by a sitting head of state", "summit between the two Koreas".
   */
  public abstract Optional<String> series();

  /**
   * Since when it is the first (second...): the date of the last one before the count began, "the
   * first since 1928".
   */
  public abstract Optional<PartialDate> since();

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
   * Builds a {@link Precedent}, from {@link Precedent#builder()}. {@code build()} throws an {@link
   * IllegalStateException} when {@code ordinal} is missing, and a {@link ValidationException} that
   * names every rule it breaks.
   */
  public static final class Builder extends ImmutablePrecedent.Builder {
    Builder() {}
  }

  /** The first of its kind: "the first summit". */
  public static Precedent first() {
    return builder().ordinal(1).build();
  }

  /** The {@code ordinal}th of its kind: 2 for "the second summit". */
  public static Precedent of(int ordinal) {
    return builder().ordinal(ordinal).build();
  }

  @Value.Check
  void check() {
    Checks.of("Precedent")
        .require(
            ordinal() >= 1,
            "ordinal",
            "precedent.ordinal.positive",
            () -> "an ordinal is 1 (the first) or more, not " + ordinal())
        .text(series(), "series", "precedent.series.blank")
        .addAll(Extensions.check("precedent", extensions()))
        .throwIfAny();
  }
}
