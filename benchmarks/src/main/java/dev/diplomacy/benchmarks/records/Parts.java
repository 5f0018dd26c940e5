package dev.diplomacy.benchmarks.records;

import dev.diplomacy.core.events.LinkKind;
import dev.diplomacy.core.events.Occasion;
import dev.diplomacy.core.events.Role;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The small objects that events, actors and dossiers share, as records. */
public final class Parts {

  private Parts() {}

  /** A date, maybe a range, a time and an offset, all as text. */
  public record When(
      String date, @Nullable String until, @Nullable String time, @Nullable String offset) {}

  /** A latitude and a longitude. */
  public record Coordinates(double latitude, double longitude) {}

  /** A place. */
  public record Place(
      @Nullable String name,
      @Nullable String country,
      @Nullable String locality,
      @Nullable String venue,
      @Nullable Coordinates coordinates,
      @Nullable Long geonamesId) {}

  /** A span of dates. */
  public record DateSpan(String start, @Nullable String end) {}

  /** A name in a language. */
  public record Name(String text, @Nullable String language) {}

  /** A position a person holds. */
  public record Position(
      String title,
      @Nullable String organization,
      @Nullable String country,
      @Nullable DateSpan held) {}

  /** An actor in a role. */
  public record Participant(String actor, Role role, @Nullable String capacity) {}

  /** A source cited, with its words. */
  public record Citation(String source, @Nullable String quote, @Nullable String locator) {}

  /** A link to another event. */
  public record EventLink(LinkKind linkKind, String target) {}

  /** What an event is about, on what occasion. */
  public record About(String subject, @Nullable Occasion occasion) {}

  /** Where an event stands in a series. */
  public record Precedent(int ordinal, @Nullable String series, @Nullable String since) {}

  /** An item given. */
  public record Item(String description, @Nullable BigDecimal quantity, @Nullable String unit) {}
}
