package dev.diplomacy.core.geography;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.internal.DiplomacyStyle;
import dev.diplomacy.core.validation.ValidationException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Where something happened: a name as the source gives it, the country, its first- and second-order
 * administrative divisions, the locality (city), the venue, the island, an {@link Area} that is not
 * one country's, coordinates and a GeoNames id, each optional, but at least one of them but the
 * GeoNames id given.
 *
 * <pre>{@code
 * Place.builder().country(Country.of("KP")).locality("Pyongyang")
 *     .venue("Kumsusan Palace of the Sun").build();
 * Place.builder().country(Country.of("AU")).admin1(AdminDivision.named("State of Victoria"))
 *     .admin2(AdminDivision.named("Yarra")).locality("Collingwood").build();
 * Place.builder().locality("Panmunjom").venue("Freedom House")
 *     .area(Area.builder().areaKind(AreaKind.JOINTLY_ADMINISTERED).name("Joint Security Area")
 *         .addAdministrators(Id.of("united-nations-command"), Id.of("state-kp")).build())
 *     .build();
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

  /** The island, as the source gives it: {@code Sentosa}, {@code Jeju}. */
  public abstract Optional<String> island();

  /**
   * The area that is not one country's where it is: a demilitarised or jointly administered zone,
   * international waters, disputed territory. Such a place has no {@link #country()} unless the
   * source puts it in one, which then decides; in international waters or airspace it has none
   * ({@code place.country.area}).
   */
  public abstract Optional<Area> area();

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
                || island().isPresent()
                || area().isPresent()
                || coordinates().isPresent(),
            "",
            "place.empty",
            "a place needs at least a name, a country, an administrative division, a locality, a"
                + " venue, an island, an area or coordinates")
        .text(name(), "name", "place.name.blank")
        .text(locality(), "locality", "place.locality.blank")
        .text(venue(), "venue", "place.venue.blank")
        .text(island(), "island", "place.island.blank")
        .require(
            country().isEmpty()
                || area()
                    .map(Area::areaKind)
                    .filter(
                        k ->
                            k == AreaKind.INTERNATIONAL_WATERS
                                || k == AreaKind.INTERNATIONAL_AIRSPACE)
                    .isEmpty(),
            "country",
            "place.country.area",
            () ->
                "a place in "
                    + area().get().areaKind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " is in no country")
        .require(
            geonamesId().isEmpty() || geonamesId().getAsLong() > 0,
            "geonamesId",
            "place.geonamesId.positive",
            "a GeoNames id is a positive number")
        .addAll(Extensions.check("place", extensions()))
        .throwIfAny();
  }
}
