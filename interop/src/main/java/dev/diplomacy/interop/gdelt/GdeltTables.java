package dev.diplomacy.interop.gdelt;

import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.internal.BundledTables;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The tables a GDELT import reads its codes by, bundled beside this class and read once: the FIPS
 * 10-4 country codes of the geographies ({@code fips-10-4.tsv}) and the CAMEO actor codes ({@code
 * cameo-actor-codes.tsv}); each file names its source.
 */
final class GdeltTables {

  /** The group a three-letter part of a CAMEO actor code belongs to. */
  enum Group {
    COUNTRY,
    REGION,
    TYPE,
    KNOWN_GROUP,
    RELIGION,
    ETHNIC
  }

  /** One part of a CAMEO actor code: its group, its label, and for a country the country. */
  record Part(String code, Group group, String label, @Nullable Country country) {}

  /** A FIPS 10-4 code of the table: the ISO country, or none for an area without one (Oceans). */
  record Fips(String code, Optional<Country> country) {}

  private static final Map<String, Fips> FIPS = new HashMap<>();
  private static final Map<Group, Map<String, Part>> PARTS = new HashMap<>();

  static {
    BundledTables.forEachRow(
        GdeltTables.class,
        "fips-10-4.tsv",
        2,
        row -> {
          String iso = row.get(1);
          Optional<Country> country =
              iso.isEmpty() ? Optional.empty() : Optional.of(Country.of(iso));
          if (FIPS.put(row.get(0), new Fips(row.get(0), country)) != null) {
            throw new IllegalArgumentException("the FIPS code " + row.get(0) + " is listed twice");
          }
        });
    for (Group g : Group.values()) {
      PARTS.put(g, new HashMap<>());
    }
    BundledTables.forEachRow(
        GdeltTables.class,
        "cameo-actor-codes.tsv",
        4,
        row -> {
          Group group = group(row.get(1));
          Country country = group == Group.COUNTRY ? Country.of(row.get(3)) : null;
          Part part = new Part(row.get(0), group, row.get(2), country);
          if (PARTS.get(group).put(part.code(), part) != null) {
            throw new IllegalArgumentException(
                "the " + row.get(1) + " code " + row.get(0) + " is listed twice");
          }
        });
  }

  private GdeltTables() {}

  private static Group group(String name) {
    switch (name) {
      case "country":
        return Group.COUNTRY;
      case "region":
        return Group.REGION;
      case "type":
        return Group.TYPE;
      case "knownGroup":
        return Group.KNOWN_GROUP;
      case "religion":
        return Group.RELIGION;
      case "ethnic":
        return Group.ETHNIC;
      default:
        throw new IllegalArgumentException("unknown group '" + name + "'");
    }
  }

  /** The FIPS 10-4 code of the table, if it is one. */
  static Optional<Fips> fips(String code) {
    return Optional.ofNullable(FIPS.get(code));
  }

  /**
   * The country or region a three-letter part names: a current country's ISO 3166-1 alpha-3 code
   * ({@code USA}), a CAMEO country code that is not ISO's ({@code ROM}), or a region ({@code AFR}).
   */
  static Optional<Part> place(String code) {
    Part p = PARTS.get(Group.COUNTRY).get(code);
    if (p == null) {
      p = PARTS.get(Group.REGION).get(code);
    }
    if (p == null && code.length() == 3 && code.equals(code.toUpperCase(Locale.ROOT))) {
      Optional<Country> iso =
          Country.find(code).filter(c -> !c.isFormer() && c.alpha3().equals(code));
      if (iso.isPresent()) {
        return Optional.of(new Part(code, Group.COUNTRY, iso.get().name(), iso.get()));
      }
    }
    return Optional.ofNullable(p);
  }

  /** The part {@code code} is in {@code group}, if it is one. */
  static Optional<Part> part(Group group, String code) {
    return Optional.ofNullable(PARTS.get(group).get(code));
  }
}
