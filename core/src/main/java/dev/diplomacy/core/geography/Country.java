package dev.diplomacy.core.geography;

import dev.diplomacy.core.internal.BundledTables;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
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
 *
 * <p>ISO gave some codes of former states again. A code names a current country before a former
 * state ({@code BY} is Belarus, not the Byelorussian SSR, which is {@code BYS}), and among former
 * states the last to hold it ({@code CS} is Serbia and Montenegro, Czechoslovakia is {@code CSK}).
 */
public final class Country implements Comparable<Country> {

  private static final String TABLE = "countries.tsv";
  private static final Table BY = Table.load();

  private final String alpha2;
  private final String alpha3;
  private final String numeric;
  private final String name;
  private final boolean former;
  private final List<String> otherNames;

  private Country(
      String alpha2,
      String alpha3,
      String numeric,
      String name,
      boolean former,
      List<String> otherNames) {
    this.alpha2 = alpha2;
    this.alpha3 = alpha3;
    this.numeric = numeric;
    this.name = name;
    this.former = former;
    this.otherNames = otherNames;
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
   * The country with the given English short name ({@code North Korea}) or one of its other names
   * ({@code Democratic People's Republic of Korea}, {@code Korea, Democratic People's Republic
   * of}). Case, accents, full stops, a leading "the", hyphens and runs of spaces do not matter:
   * {@code cote d'ivoire}, {@code Côte d’Ivoire} and {@code COTE D'IVOIRE} all find Côte d'Ivoire.
   * A name that a current country goes by finds it before a former state ({@code Burma} is
   * Myanmar).
   */
  public static Optional<Country> findByName(String name) {
    Country found = BY.spelling.get(name);
    return Optional.ofNullable(found != null ? found : BY.name.get(nameKey(name)));
  }

  /** The form of a name that {@link #findByName} compares. */
  static String nameKey(String name) {
    return Checks.isAscii(name) ? asciiNameKey(name) : unicodeNameKey(name);
  }

  /**
   * {@link #unicodeNameKey} of an ASCII name, in one pass: no accent to drop, one dash and the
   * white space of ASCII, and its upper case letters only.
   */
  static String asciiNameKey(String name) {
    byte[] key = new byte[name.length()];
    int n = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '.') {
        continue;
      }
      if (c == '`') {
        c = '\'';
      } else if (c == '-' || c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F)) {
        c = ' ';
      } else if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c == ' ' && (n == 0 || key[n - 1] == ' ')) {
        continue;
      }
      key[n++] = (byte) c;
    }
    if (n > 0 && key[n - 1] == ' ') {
      n--;
    }
    int from = n >= 4 && key[0] == 't' && key[1] == 'h' && key[2] == 'e' && key[3] == ' ' ? 4 : 0;
    return new String(key, from, n - from, StandardCharsets.ISO_8859_1);
  }

  /**
   * The key of any name: accents and full stops dropped, dashes and spaces one space, lower case.
   */
  static String unicodeNameKey(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(plain.length());
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || c == '.') {
        continue; // accents (after NFKD) and the full stops of "U.S." or "St. Lucia"
      }
      if (c == '\u2018' || c == '\u2019' || c == '\u02BC' || c == '`') {
        c = '\'';
      } else if (c == '\u0131') {
        c = 'i'; // the dotless i of Turkish
      } else if (type == Character.DASH_PUNCTUATION
          || Character.isWhitespace(c)
          || Character.isSpaceChar(c)) {
        c = ' ';
      }
      if (c == ' ' && (b.length() == 0 || b.charAt(b.length() - 1) == ' ')) {
        continue;
      }
      b.append(c);
    }
    String key = b.toString().strip().toLowerCase(Locale.ROOT);
    return key.startsWith("the ") ? key.substring(4) : key;
  }

  /**
   * Every country of the table: the 249 current ones by alpha-2 code, then the former states, the
   * most recently withdrawn first. The list cannot be modified.
   */
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

  /**
   * The ISO 3166-1 numeric code as three digits, e.g. {@code 408}; empty for former states that
   * have none.
   */
  public Optional<String> numeric() {
    return numeric.isEmpty() ? Optional.empty() : Optional.of(numeric);
  }

  /** The English short name, e.g. {@code North Korea}. */
  public String name() {
    return name;
  }

  /**
   * The other names the table records, e.g. {@code Korea, Democratic People's Republic of}; each is
   * found by {@link #findByName} unless a current country goes by it too.
   */
  public List<String> otherNames() {
    return otherNames;
  }

  /** True for a state that no longer exists (ISO 3166-3). */
  public boolean isFormer() {
    return former;
  }

  /** By alpha-2 code, then alpha-3 code (for former states whose alpha-2 code was used again). */
  @Override
  public int compareTo(Country other) {
    int c = alpha2.compareTo(other.alpha2);
    return c != 0 ? c : alpha3.compareTo(other.alpha3);
  }

  /**
   * The code that {@link #of} reads back to this country: the alpha-2 code, or the alpha-3 code of
   * a former state whose alpha-2 code names another country now ({@code CSK} for Czechoslovakia).
   */
  @Override
  public String toString() {
    return BY.code.get(alpha2) == this ? alpha2 : alpha3;
  }

  /**
   * The table, read once. Columns: alpha-2, alpha-3, numeric, name, status, other names ({@code
   * ;}).
   */
  private static final class Table {
    final Map<String, Country> code = new HashMap<>();
    final Map<String, Country> name = new HashMap<>();

    /**
     * The names as the table writes them, each with the country its {@link #nameKey} finds: data
     * sets mostly write them so, and are then found without working out the key.
     */
    final Map<String, Country> spelling = new HashMap<>();

    final List<Country> all;

    private Table(List<Country> rows) {
      this.all = Collections.unmodifiableList(rows);
    }

    static Table load() {
      List<Country> rows = new ArrayList<>();
      BundledTables.forEachRow(
          Country.class,
          TABLE,
          6,
          row -> {
            boolean former = row.get(4).equals("former");
            if (!former && !row.get(4).equals("current")) {
              throw new IllegalArgumentException(
                  "the status '" + row.get(4) + "' is neither current nor former");
            }
            List<String> others = new ArrayList<>();
            for (String n : row.get(5).split(";")) {
              if (!n.isBlank()) {
                others.add(n.strip());
              }
            }
            rows.add(
                new Country(
                    row.get(0), row.get(1), row.get(2), row.get(3), former, List.copyOf(others)));
          });
      Table t = new Table(rows);
      // Current countries first, for codes and names alike: a code or name used again after a state
      // dissolved names today's country. In table order otherwise, so the result never varies.
      for (boolean former : new boolean[] {false, true}) {
        for (Country c : rows) {
          if (c.former == former) {
            t.indexCodes(c);
          }
        }
      }
      for (boolean former : new boolean[] {false, true}) {
        for (Country c : rows) {
          if (c.former == former) {
            t.name.putIfAbsent(nameKey(c.name), c);
          }
        }
        for (Country c : rows) {
          if (c.former == former) {
            for (String n : c.otherNames) {
              t.name.putIfAbsent(nameKey(n), c);
            }
          }
        }
      }
      for (Country c : rows) {
        t.spelling.put(c.name, t.name.get(nameKey(c.name)));
        for (String n : c.otherNames) {
          t.spelling.put(n, t.name.get(nameKey(n)));
        }
      }
      return t;
    }

    private void indexCodes(Country c) {
      code.putIfAbsent(c.alpha2, c);
      code.putIfAbsent(c.alpha3, c);
      if (!c.numeric.isEmpty()) {
        code.putIfAbsent(c.numeric, c);
      }
    }
  }
}
