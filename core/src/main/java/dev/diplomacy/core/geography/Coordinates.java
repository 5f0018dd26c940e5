package dev.diplomacy.core.geography;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.Map;
import org.immutables.value.Value;

/** A point on the earth in WGS 84 degrees: latitude −90..90, longitude −180..180. */
@Value.Immutable
@DiplomacyStyle
public abstract class Coordinates implements WithCoordinates {

  Coordinates() {}

  /** Degrees north (negative: south), −90 to 90. */
  @Value.Parameter
  public abstract double latitude();

  /** Degrees east (negative: west), −180 to 180. */
  @Value.Parameter
  public abstract double longitude();

  /** The point at the given latitude and longitude. */
  public static Coordinates of(double latitude, double longitude) {
    return ImmutableCoordinates.of(latitude, longitude);
  }

  /** A new builder, with nothing set; {@link #of} is shorter for a point without extensions. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Coordinates}, from {@link Coordinates#builder()}. {@code build()} throws a {@link
   * ValidationException} when {@code latitude} or {@code longitude} is missing, and one that names
   * every rule the point breaks.
   */
  public static final class Builder extends ImmutableCoordinates.Builder {
    Builder() {}
  }

  /**
   * Properties the library carries without knowing them: your own, namespaced ({@code acme:note}),
   * and those of a newer format version kept by lenient reading. See {@link
   * dev.diplomacy.core.Extensions}.
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.of("Coordinates")
        .require(
            latitude() >= -90 && latitude() <= 90,
            "latitude",
            "coordinates.latitude.range",
            () -> "latitude must be between -90 and 90, not " + latitude())
        .require(
            longitude() >= -180 && longitude() <= 180,
            "longitude",
            "coordinates.longitude.range",
            () -> "longitude must be between -180 and 180, not " + longitude())
        .addAll(Extensions.check("coordinates", extensions()))
        .throwIfAny();
  }
}
