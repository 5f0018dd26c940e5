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
 * A stretch of time with a partial start and a partial end, either of which may be open: a position
 * held from 2011, an alliance since 1960, a mourning from 2016-11-26 to 2016-11-28, relations that
 * ended in 1961 after a beginning no source dates. No end means the span is open at its end: still
 * going on, or its end is not known; no start means its start is not known. One of the two is
 * always known ({@code dateSpan.empty}).
 *
 * <p>Its text form is ISO 8601's interval (ISO 8601-2's {@code ..} for an open end): {@code
 * 2016-11-26/2016-11-28}, {@code 1960/..} for an open end, {@code ../1961} for an open start.
 */
@Value.Immutable
@DiplomacyStyle
public abstract class DateSpan implements WithDateSpan {

  DateSpan() {}

  /** The first day, month or year; empty when it is not known. */
  @Value.Parameter
  public abstract Optional<PartialDate> start();

  /** The last day, month or year, inclusive; empty while the span is open. */
  @Value.Parameter
  public abstract Optional<PartialDate> end();

  /** A span from {@code start} to {@code end}, both inclusive. */
  public static DateSpan of(PartialDate start, PartialDate end) {
    return ImmutableDateSpan.of(Optional.of(start), Optional.of(end));
  }

  /** A span open at its end, "since {@code start}": {@code 1960/..}. */
  public static DateSpan since(PartialDate start) {
    return ImmutableDateSpan.of(Optional.of(start), Optional.empty());
  }

  /**
   * A span open at its start, "until {@code end}", whose start is not known: {@code ../1961}, for
   * relations broken in 1961 that no source says when began.
   */
  public static DateSpan until(PartialDate end) {
    return ImmutableDateSpan.of(Optional.empty(), Optional.of(end));
  }

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DateSpan}, from {@link DateSpan#builder()}. {@code build()} throws a {@link
   * ValidationException} that names every rule the span breaks: {@code dateSpan.empty} when neither
   * {@code start} nor {@code end} is set.
   */
  public static final class Builder extends ImmutableDateSpan.Builder {
    Builder() {}
  }

  /**
   * Reads {@code start/end}, {@code start/..} or {@code ../end}; a lone date is a span of that date
   * alone. {@code ../..} is {@code dateSpan.empty}; anything else that is not two dates around one
   * slash is {@code dateSpan.format}.
   */
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
          "Invalid date span '" + s + "': expected start/end, start/.. or ../end");
    }
    String start = s.substring(0, slash);
    String end = s.substring(slash + 1);
    return builder()
        .start(start.equals("..") ? Optional.empty() : Optional.of(PartialDate.parse(start)))
        .end(end.equals("..") ? Optional.empty() : Optional.of(PartialDate.parse(end)))
        .build();
  }

  /** True when the span has no end: still going on, or its end is not known. */
  public boolean isOpen() {
    return end().isEmpty();
  }

  /**
   * True when {@code date} falls within the span for certain: on or after its start's first day, if
   * it has a start, and on or before its end's last day, if it has an end. An open side does not
   * bound the span.
   */
  public boolean contains(PartialDate date) {
    return start().map(s -> !date.start().isBefore(s.start())).orElse(true)
        && end().map(e -> !date.end().isAfter(e.end())).orElse(true);
  }

  /**
   * True when the span may include {@code date}: the two share a day, given what is known. A span
   * whose end is not known may include any later date, one whose start is not known any earlier
   * date.
   */
  public boolean mayContain(PartialDate date) {
    return start().map(s -> !date.end().isBefore(s.start())).orElse(true)
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
            start().isPresent() || end().isPresent(),
            "start",
            "dateSpan.empty",
            "a span needs a start or an end: at least one of them must be known")
        .require(
            start().flatMap(s -> end().map(e -> !e.isBefore(s))).orElse(true),
            "end",
            "dateSpan.order",
            () ->
                "the span ends ("
                    + end().map(Object::toString).orElse("")
                    + ") before it starts ("
                    + start().map(Object::toString).orElse("")
                    + ")")
        .addAll(Extensions.check("dateSpan", extensions()))
        .throwIfAny();
  }

  /** {@code start/end}, {@code start/..} or {@code ../end}. */
  @Override
  public String toString() {
    return start().map(Object::toString).orElse("..")
        + "/"
        + end().map(Object::toString).orElse("..");
  }
}
