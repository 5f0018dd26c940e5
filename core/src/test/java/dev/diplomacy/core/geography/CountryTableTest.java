package dev.diplomacy.core.geography;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.internal.BundledTables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The country table {@code countries.tsv} itself, read as its six columns: its format, and no code
 * or name twice.
 */
class CountryTableTest {

  private record Row(int line, String[] fields) {
    String alpha2() {
      return fields[0];
    }

    String alpha3() {
      return fields[1];
    }

    String numeric() {
      return fields[2];
    }

    String name() {
      return fields[3];
    }

    boolean current() {
      return fields[4].equals("current");
    }

    List<String> otherNames() {
      return fields[5].isEmpty() ? List.of() : List.of(fields[5].split(";", -1));
    }

    @Override
    public String toString() {
      return "line " + line + ": " + String.join(" | ", fields);
    }
  }

  private static final List<Row> rows = new ArrayList<>();

  @BeforeAll
  static void read() {
    BundledTables.forEachRow(
        Country.class,
        "countries.tsv",
        6,
        row -> rows.add(new Row(row.line(), row.fields().toArray(String[]::new))));
  }

  private static List<Row> current() {
    return rows.stream().filter(Row::current).toList();
  }

  @Test
  void everyRowHasAKnownStatus() {
    assertThat(rows).isNotEmpty();
    for (Row row : rows) {
      assertThat(row.fields[4]).as(row.toString()).isIn("current", "former");
    }
  }

  @Test
  void codesHaveTheirIsoShape() {
    for (Row row : rows) {
      assertThat(row.alpha2()).as(row.toString()).matches("[A-Z]{2}");
      assertThat(row.alpha3()).as(row.toString()).matches("[A-Z]{3}");
      assertThat(row.numeric())
          .as(row.toString())
          .matches(row.current() ? "[0-9]{3}" : "([0-9]{3})?");
    }
  }

  @Test
  void listsAll249CurrentIsoEntries() {
    assertThat(current()).hasSize(249);
  }

  @Test
  void noCodeIsUsedTwiceAmongCurrentCountries() {
    Map<String, Row> seen = new HashMap<>();
    for (Row row : current()) {
      for (String code : List.of(row.alpha2(), row.alpha3(), row.numeric())) {
        Row before = seen.put(code, row);
        assertThat(before).as("code %s in %s and %s", code, before, row).isNull();
      }
    }
  }

  @Test
  void noTwoRowsShareBothLetterCodes() {
    Set<String> pairs = new HashSet<>();
    for (Row row : rows) {
      assertThat(pairs.add(row.alpha2() + "/" + row.alpha3())).as(row.toString()).isTrue();
    }
  }

  @Test
  void namesAreNonBlankTrimmedAndUnique() {
    Map<String, Row> seen = new HashMap<>();
    for (Row row : rows) {
      assertThat(row.name()).as(row.toString()).isNotBlank().isEqualTo(row.name().strip());
      Row before = seen.put(Country.nameKey(row.name()), row);
      assertThat(before).as("name %s in %s and %s", row.name(), before, row).isNull();
    }
  }

  @Test
  void otherNamesAreNonBlankTrimmedAndNotTheNameAgain() {
    for (Row row : rows) {
      Set<String> own = new HashSet<>();
      own.add(Country.nameKey(row.name()));
      for (String other : row.otherNames()) {
        assertThat(other).as(row.toString()).isNotBlank().isEqualTo(other.strip());
        assertThat(own.add(Country.nameKey(other))).as("%s repeated in %s", other, row).isTrue();
      }
    }
  }

  @Test
  void noNameOrOtherNameOfACurrentCountryIsAnotherCurrentCountrys() {
    Map<String, Row> seen = new HashMap<>();
    for (Row row : current()) {
      List<String> names = new ArrayList<>(row.otherNames());
      names.add(row.name());
      for (String name : names) {
        Row before = seen.put(Country.nameKey(name), row);
        assertThat(before == null || before == row)
            .as("%s in %s and %s", name, before, row)
            .isTrue();
      }
    }
  }

  @Test
  void formerStatesShareNamesOnlyWithTheCountryTheyBecame() {
    Map<String, Row> currentNames = new HashMap<>();
    for (Row row : current()) {
      currentNames.put(Country.nameKey(row.name()), row);
      row.otherNames().forEach(n -> currentNames.put(Country.nameKey(n), row));
    }
    Map<String, Row> formerNames = new HashMap<>();
    List<String> shared = new ArrayList<>();
    for (Row row : rows) {
      if (row.current()) {
        continue;
      }
      List<String> names = new ArrayList<>(row.otherNames());
      names.add(row.name());
      for (String name : names) {
        String key = Country.nameKey(name);
        Row before = formerNames.put(key, row);
        assertThat(before == null || before == row)
            .as("%s in %s and %s", name, before, row)
            .isTrue();
        if (currentNames.containsKey(key)) {
          shared.add(name + "=" + currentNames.get(key).alpha2());
        }
      }
    }
    // Names that news text still uses for today's country: documented in the table's header.
    assertThat(shared).containsExactlyInAnyOrder("Burma=MM", "East Timor=TL");
  }
}
