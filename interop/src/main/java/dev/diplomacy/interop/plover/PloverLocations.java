package dev.diplomacy.interop.plover;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.Extensions;
import dev.diplomacy.core.geography.Coordinates;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.validation.ValidationException;
import dev.diplomacy.interop.ImportProblem;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reading a record's location ({@code event_loc}) into a {@link Place}. */
final class PloverLocations {

  private PloverLocations() {}

  static @Nullable Place place(
      ExtensionValue value, int line, PendingEvent p, List<ImportProblem> found) {
    if (!(value instanceof ExtensionValue.MapValue loc)) {
      found.add(Fields.invalid(line, "plover.place.invalid", "event_loc", value));
      p.extensions.put(PloverCodes.NS + "event_loc", value);
      return null;
    }
    Map<String, ExtensionValue> rest = new LinkedHashMap<>(loc.members());
    var place = Place.builder();
    boolean any = false;
    String name = Trees.text(rest.get("name"));
    if (name != null && !name.isBlank()) {
      place.name(name.strip());
      rest.remove("name");
      any = true;
    }
    Country country = null;
    for (String member : List.of("country code", "cc3")) {
      ExtensionValue v = rest.get(member);
      if (Trees.isEmpty(v)) {
        continue;
      }
      String code = Trees.text(v);
      int length = member.equals("cc3") ? 3 : 2;
      Optional<Country> c =
          code != null && code.strip().length() == length
              ? Country.find(code.strip())
              : Optional.empty();
      if (c.isPresent() && (country == null || country.equals(c.get()))) {
        country = c.get();
        rest.remove(member);
      } else {
        found.add(
            ImportProblem.warning(
                line,
                "plover.place.country.unknown",
                "the place's "
                    + member
                    + " "
                    + Trees.describe(v)
                    + " is not the ISO 3166 alpha-"
                    + length
                    + " code of a country"
                    + (c.isPresent() ? " that agrees with the other code" : "")
                    + ": kept as the place's extension plover:"
                    + member));
      }
    }
    if (country != null) {
      place.country(country);
      any = true;
    }
    ExtensionValue lat = rest.get("latitude");
    ExtensionValue lon = rest.get("longitude");
    if (!Trees.isEmpty(lat) || !Trees.isEmpty(lon)) {
      BigDecimal la = number(lat);
      BigDecimal lo = number(lon);
      Coordinates at = null;
      if (la != null && lo != null) {
        try {
          at = Coordinates.of(la.doubleValue(), lo.doubleValue());
        } catch (ValidationException e) {
          at = null;
        }
      }
      if (at == null) {
        found.add(
            ImportProblem.warning(
                line,
                "plover.place.coordinates.invalid",
                "the place's latitude "
                    + (lat == null ? "(none)" : Trees.describe(lat))
                    + " and longitude "
                    + (lon == null ? "(none)" : Trees.describe(lon))
                    + " are not coordinates: kept as the place's extensions"));
      } else {
        place.coordinates(at);
        rest.remove("latitude");
        rest.remove("longitude");
        any = true;
      }
    }
    ExtensionValue geonameid = rest.get("geonameid");
    if (!Trees.isEmpty(geonameid)) {
      BigDecimal n = number(geonameid);
      if (n != null
          && n.signum() > 0
          && n.stripTrailingZeros().scale() <= 0
          && n.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
        place.geonamesId(n.longValueExact());
        rest.remove("geonameid");
      } else {
        found.add(
            ImportProblem.warning(
                line,
                "plover.place.geonameid.invalid",
                "the place's geonameid "
                    + Trees.describe(geonameid)
                    + " is not a positive whole number: kept as the place's extension plover:geonameid"));
      }
    }
    if (!any) {
      found.add(
          ImportProblem.warning(
              line,
              "plover.place.empty",
              "the location "
                  + Trees.describe(value)
                  + " gives no name, country or coordinates: the event has no"
                  + " place; the location is kept as the extension plover:event_loc"));
      p.extensions.put(PloverCodes.NS + "event_loc", value);
      return null;
    }
    for (Map.Entry<String, ExtensionValue> member : rest.entrySet()) {
      String key = PloverCodes.NS + member.getKey();
      if (Extensions.isValidKey(key)) {
        place.putExtension(key, member.getValue());
      } else {
        found.add(
            ImportProblem.warning(
                line,
                "plover.field.name",
                "the location's member name '"
                    + member.getKey()
                    + "' cannot be an extension name: left out"));
      }
    }
    return place.build();
  }

  private static @Nullable BigDecimal number(@Nullable ExtensionValue v) {
    if (v instanceof ExtensionValue.NumberValue n) {
      return n.value();
    }
    String t = Trees.text(v);
    if (t == null) {
      return null;
    }
    try {
      return new BigDecimal(t.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
