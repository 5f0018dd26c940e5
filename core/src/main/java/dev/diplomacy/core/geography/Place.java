package dev.diplomacy.core.geography;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Where something happened: a name as the source gives it, the country, its first- and second-order
 * administrative divisions, the locality (city), the venue, coordinates and a GeoNames id, each
 * optional, but at least one of name, country, divisions, locality, venue or coordinates given.
 *
 * <pre>{@code
 * Place.builder().country(Country.of("KP")).locality("Pyongyang")
 *     .venue("Kumsusan Palace of the Sun").build();
 * Place.builder().country(Country.of("AU")).admin1(AdminDivision.named("State of Victoria"))
 *     .admin2(AdminDivision.named("Yarra")).locality("Collingwood").build();
 * }</pre>
 */
@Value.Immutable
@DiplomacyStyle
public abstract class Place implements WithPlace {

  Place() {}

  /** The place's name as the source gives it, when it is not just the locality or venue. */
  public abstract Optional<String> name();

  /** The country. */
  public abstract Optional<Country> country();

  /**
   * The first-order administrative division it is in, as the source gives it: a province, a state,
   * an oblast (ICEWS's Province, GDELT's ADM1Code).
   */
  public abstract Optional<AdminDivision> admin1();

  /**
   * The second-order administrative division it is in, as the source gives it: a district, a county
   * (ICEWS's District, GDELT's ADM2Code).
   */
  public abstract Optional<AdminDivision> admin2();

  /** The city, town or village. */
  public abstract Optional<String> locality();

  /** The building or site: {@code Kumsusan Palace of the Sun}, {@code the Cuban embassy}. */
  public abstract Optional<String> venue();

  /** The point, when known. */
  public abstract Optional<Coordinates> coordinates();

  /** The place's GeoNames id, when known. */
  public abstract OptionalLong geonamesId();

  /** A new builder, with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Place}, from {@link Place#builder()}. {@code build()} throws a {@link
   * ValidationException} that names every rule the place breaks.
   */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}
  }

  /** A place known only by its country. */
  public static Place of(Country country) {
    return builder().country(country).build();
  }

  /** A locality in a country: {@code Place.of("Havana", Country.of("CU"))}. */
  public static Place of(String locality, Country country) {
    return builder().locality(locality).country(country).build();
  }

  /**
   * Properties the library carries without knowing them: your own, namespaced ({@code acme:note}),
   * and those of a newer format version kept by lenient reading. See {@link
   * dev.diplomacy.core.Extensions}.
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.of("Place")
        .require(
            name().isPresent()
                || country().isPresent()
                || admin1().isPresent()
                || admin2().isPresent()
                || locality().isPresent()
                || venue().isPresent()
                || coordinates().isPresent(),
            "",
            "place.empty",
            "a place needs at least a name, a country, an administrative division, a locality, a venue"
                + " or coordinates")
        .text(name(), "name", "place.name.blank")
        .text(locality(), "locality", "place.locality.blank")
        .text(venue(), "venue", "place.venue.blank")
        .require(
            geonamesId().isEmpty() || geonamesId().getAsLong() > 0,
            "geonamesId",
            "place.geonamesId.positive",
            "a GeoNames id is a positive number")
        .addAll(Extensions.check("place", extensions()))
        .throwIfAny();
  }
}
