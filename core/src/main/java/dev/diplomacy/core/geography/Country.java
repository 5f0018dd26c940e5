package dev.diplomacy.core.geography;

import dev.diplomacy.core.validation.ValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A country by its ISO 3166-1 codes, with its English short name; also the former states of ISO
 * 3166-3 (the Soviet Union, Yugoslavia, East Germany, Czechoslovakia, ...), which appear in
 * diplomatic history.
 *
 * <p>There is one instance per country: compare with {@code equals} or {@code ==}. The table is a
 * resource of the library, read once; nothing depends on the network or the JVM's locale.
 */
public final class Country implements Comparable<Country> {

  private static final String TABLE = "countries.tsv";
  private static final Table BY = Table.load();

  private final String alpha2;
  private final String alpha3;
  private final String numeric;
  private final String name;
  private final boolean former;

  private Country(String alpha2, String alpha3, String numeric, String name, boolean former) {
    this.alpha2 = alpha2;
    this.alpha3 = alpha3;
    this.numeric = numeric;
    this.name = name;
    this.former = former;
  }

  /**
   * The country with the given ISO code: alpha-2 ({@code CU}), alpha-3 ({@code CUB}) or numeric
   * ({@code 192}); letters in any case.
   *
   * @throws ValidationException naming the code, when no country has it
   */
  public static Country of(String code) {
    return find(code)
        .orElseThrow(
            () ->
                ValidationException.of(
                    "Country",
                    "",
                    "country.unknown",
                    "Unknown country code '"
                        + code
                        + "': expected an ISO 3166-1 alpha-2, alpha-3 or numeric code, or a former state's ISO 3166-3 code"));
  }

  /** The country with the given code, if there is one. */
  public static Optional<Country> find(String code) {
    return Optional.ofNullable(BY.code.get(code.toUpperCase(Locale.ROOT)));
  }

  /**
   * The country with the given English short name, as in the table ({@code North Korea}) or one
   * of its recorded alternative names ({@code Democratic People's Republic of Korea}), ignoring
   * case.
   */
  public static Optional<Country> findByName(String name) {
    return Optional.ofNullable(BY.name.get(name.strip().toLowerCase(Locale.ROOT)));
  }

  /** Every country of the table, current and former, in the order of the table. */
  public static List<Country> all() {
    return BY.all;
  }

  /** The ISO 3166-1 alpha-2 code, e.g. {@code KP}. */
  public String alpha2() {
    return alpha2;
  }

  /** The ISO 3166-1 alpha-3 code, e.g. {@code PRK}. */
  public String alpha3() {
    return alpha3;
  }

  /** The ISO 3166-1 numeric code as three digits, e.g. {@code 408}; empty for former states that have none. */
  public Optional<String> numeric() {
    return numeric.isEmpty() ? Optional.empty() : Optional.of(numeric);
  }

  /** The English short name, e.g. {@code North Korea}. */
  public String name() {
    return name;
  }

  /** True for a state that no longer exists (ISO 3166-3). */
  public boolean isFormer() {
    return former;
  }

  @Override
  public int compareTo(Country other) {
    return alpha2.compareTo(other.alpha2);
  }

  /** The alpha-2 code, as {@link #of} reads it. */
  @Override
  public String toString() {
    return alpha2;
  }

  /** The table, read once. Columns: alpha-2, alpha-3, numeric, name, status, other names ({@code ;}). */
  private static final class Table {
    final Map<String, Country> code = new HashMap<>();
    final Map<String, Country> name = new HashMap<>();
    final List<Country> all;

    private Table(List<Country> rows) {
      this.all = Collections.unmodifiableList(rows);
    }

    static Table load() {
      List<Country> rows = new ArrayList<>();
      Map<Country, String[]> aliases = new HashMap<>();
      try (InputStream in = Country.class.getResourceAsStream(TABLE)) {
        if (in == null) {
          throw new IllegalStateException("the country table " + TABLE + " is missing from the class path");
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] f = line.split("\t", -1);
          Country c = new Country(f[0], f[1], f[2], f[3], f[4].equals("former"));
          rows.add(c);
          if (f.length > 5 && !f[5].isEmpty()) {
            aliases.put(c, f[5].split(";"));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Table t = new Table(rows);
      // Current countries first, so a code reused after a state dissolved names today's country.
      for (Country c : rows) {
        if (!c.former) {
          t.index(c);
        }
      }
      for (Country c : rows) {
        if (c.former) {
          t.index(c);
        }
      }
      aliases.forEach((c, names) -> {
        for (String n : names) {
          t.name.putIfAbsent(n.strip().toLowerCase(Locale.ROOT), c);
        }
      });
      return t;
    }

    private void index(Country c) {
      code.putIfAbsent(c.alpha2, c);
      code.putIfAbsent(c.alpha3, c);
      if (!c.numeric.isEmpty()) {
        code.putIfAbsent(c.numeric, c);
      }
      name.putIfAbsent(c.name.toLowerCase(Locale.ROOT), c);
    }
  }
}
