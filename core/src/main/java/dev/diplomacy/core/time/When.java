package dev.diplomacy.core.time;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When an event took place: a partial date, an optional last date for events that last several
 * days, and, where the source gives them, the time of day and the offset from UTC.
 */
@Value.Immutable
@DiplomacyStyle
public abstract class When implements WithWhen {

  When() {}

  /** The day, month or year on which the event took place or began. */
  public abstract PartialDate date();

  /** The last day, month or year of an event that lasted beyond {@link #date()}. */
  public abstract Optional<PartialDate> until();

  /** The local time of day at which it began, when the source gives it. Needs a full date. */
  public abstract Optional<LocalTime> time();

  /** The offset from UTC of {@link #time()}, when known. Needs a time. */
  public abstract Optional<ZoneOffset> offset();

  /** On the given date. */
  public static When on(PartialDate date) {
    return builder().date(date).build();
  }

  /** On the date written as ISO text: {@code When.on("2018-07-05")}. */
  public static When on(String date) {
    return on(PartialDate.parse(date));
  }

  /** From {@code date} to {@code until}, both inclusive. */
  public static When between(PartialDate date, PartialDate until) {
    return builder().date(date).until(until).build();
  }

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link When}, from {@link When#builder()}. {@code build()} throws a {@link
   * ValidationException} when {@code date} is missing, and a {@link ValidationException} that names
   * every rule the time breaks.
   */
  public static final class Builder extends ImmutableWhen.Builder {
    Builder() {}
  }

  /** The days this covers, as a span. */
  public DateSpan span() {
    return DateSpan.of(date(), until().orElse(date()));
  }

  /** The last day, month or year covered: {@link #until()}, or else {@link #date()}. */
  public PartialDate last() {
    return until().orElse(date());
  }

  /**
   * Properties the library carries without knowing them: your own, namespaced ({@code acme:note}),
   * and those of a newer format version kept by lenient reading. See {@link
   * dev.diplomacy.core.Extensions}.
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.of("When")
        .require(
            until().map(u -> !u.isBefore(date())).orElse(true),
            "until",
            "when.order",
            () ->
                "the event ends ("
                    + until().map(Object::toString).orElse("")
                    + ") before it begins ("
                    + date()
                    + ")")
        .require(
            time().isEmpty() || date().isFullDate(),
            "time",
            "when.time.needsDay",
            () -> "a time of day needs a full date, not " + date())
        .require(
            offset().isEmpty() || time().isPresent(),
            "offset",
            "when.offset.needsTime",
            "an offset from UTC needs a time of day")
        .addAll(Extensions.check("when", extensions()))
        .throwIfAny();
  }
}
