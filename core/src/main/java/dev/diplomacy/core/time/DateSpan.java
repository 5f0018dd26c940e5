package dev.diplomacy.core.time;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stretch of time with a partial start and an optional partial end: a position held from 2011, an
 * alliance since 1960, a mourning from 2016-11-26 to 2016-11-28. No end means the span is open:
 * still going on, or its end is not known.
 *
 * <p>Its text form is ISO 8601's interval: {@code 2016-11-26/2016-11-28}, and {@code 1960/..} for
 * an open end.
 */
@Value.Immutable
@DiplomacyStyle
public abstract class DateSpan implements WithDateSpan {

  DateSpan() {}

  /** The first day, month or year. */
  @Value.Parameter
  public abstract PartialDate start();

  /** The last day, month or year, inclusive; empty while the span is open. */
  @Value.Parameter
  public abstract Optional<PartialDate> end();

  /** A span from {@code start} to {@code end}, both inclusive. */
  public static DateSpan of(PartialDate start, PartialDate end) {
    return ImmutableDateSpan.of(start, Optional.of(end));
  }

  /** An open span, "since {@code start}". */
  public static DateSpan since(PartialDate start) {
    return ImmutableDateSpan.of(start, Optional.empty());
  }

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DateSpan}, from {@link DateSpan#builder()}. {@code build()} throws a {@link
   * ValidationException} when {@code start} is missing, and a {@link ValidationException} that
   * names every rule the span breaks.
   */
  public static final class Builder extends ImmutableDateSpan.Builder {
    Builder() {}
  }

  /** Reads {@code start/end} or {@code start/..}; a lone date is a span of that date alone. */
  public static DateSpan parse(CharSequence text) {
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0) {
      PartialDate d = PartialDate.parse(s);
      return of(d, d);
    }
    if (s.indexOf('/', slash + 1) >= 0) {
      throw ValidationException.of(
          "DateSpan",
          "",
          "dateSpan.format",
          "Invalid date span '" + s + "': expected start/end or start/..");
    }
    PartialDate start = PartialDate.parse(s.substring(0, slash));
    String end = s.substring(slash + 1);
    return end.equals("..") ? since(start) : of(start, PartialDate.parse(end));
  }

  /** True when the span has no end. */
  public boolean isOpen() {
    return end().isEmpty();
  }

  /**
   * True when {@code date} falls within the span for certain: on or after its start's first day
   * and, if it has an end, on or before that end's last day.
   */
  public boolean contains(PartialDate date) {
    return !date.start().isBefore(start().start())
        && end().map(e -> !date.end().isAfter(e.end())).orElse(true);
  }

  /**
   * True when the span may include {@code date}: the two share a day, given what is known. A span
   * whose end is not known may include any later date.
   */
  public boolean mayContain(PartialDate date) {
    return !date.end().isBefore(start().start())
        && end().map(e -> !date.start().isAfter(e.end())).orElse(true);
  }

  /**
   * Properties the library carries without knowing them: your own, namespaced ({@code acme:note}),
   * and those of a newer format version kept by lenient reading. See {@link
   * dev.diplomacy.core.Extensions}.
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.of("DateSpan")
        .require(
            end().map(e -> !e.isBefore(start())).orElse(true),
            "end",
            "dateSpan.order",
            () ->
                "the span ends ("
                    + end().map(Object::toString).orElse("")
                    + ") before it starts ("
                    + start()
                    + ")")
        .addAll(Extensions.check("dateSpan", extensions()))
        .throwIfAny();
  }

  /** {@code start/end} or {@code start/..}. */
  @Override
  public String toString() {
    return start() + "/" + end().map(Object::toString).orElse("..");
  }
}
