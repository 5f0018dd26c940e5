package dev.diplomacy.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader of the bundled tables, on tables of the tests beside this class. */
class BundledTablesTest {

  private static final String HERE = "dev/diplomacy/core/internal/";

  private static List<BundledTables.Row> rows(String name, int columns) {
    List<BundledTables.Row> rows = new ArrayList<>();
    BundledTables.forEachRow(BundledTablesTest.class, name, columns, rows::add);
    return rows;
  }

  @Test
  void givesEachRowInOrderWithItsLineSkippingCommentsAndBlankLines() {
    assertThat(rows("three-columns.tsv", 3))
        .containsExactly(
            new BundledTables.Row(3, List.of("CU", "Cuba", "")),
            new BundledTables.Row(5, List.of("KP", "North Korea", "DPRK")),
            new BundledTables.Row(7, List.of("CI", "Côte d'Ivoire", "")));
  }

  @Test
  void aRowGivesItsFieldsByColumnAndCannotBeModified() {
    BundledTables.Row row = rows("three-columns.tsv", 3).get(1);
    assertThat(row.get(0)).isEqualTo("KP");
    assertThat(row.get(2)).isEqualTo("DPRK");
    assertThatThrownBy(() -> row.fields().set(0, "CU"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aRowOfAnotherNumberOfFieldsNamesTheResourceTheLineAndTheProblem() {
    assertThatThrownBy(() -> rows("short-row.tsv", 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            HERE
                + "short-row.tsv line 3: a row has 3 tab-separated fields, not 2: KP\tNorth Korea");
    assertThatThrownBy(() -> rows("three-columns.tsv", 4))
        .hasMessage(
            HERE + "three-columns.tsv line 3: a row has 4 tab-separated fields, not 3: CU\tCuba\t");
  }

  @Test
  void aRowThatItsOwnerRefusesNamesTheResourceTheLineAndTheOwnersReason() {
    assertThatThrownBy(
            () ->
                BundledTables.forEachRow(
                    BundledTablesTest.class,
                    "three-columns.tsv",
                    3,
                    row -> {
                      if (row.get(0).equals("KP")) {
                        throw new IllegalArgumentException("the code KP is listed twice");
                      }
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(HERE + "three-columns.tsv line 5: the code KP is listed twice")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aValueOfTheModelThatARowCannotMakeNamesTheResourceTheLineAndTheRule() {
    assertThatThrownBy(
            () ->
                BundledTables.forEachRow(
                    BundledTablesTest.class, "three-columns.tsv", 3, row -> Id.of(row.get(1))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(HERE + "three-columns.tsv line 5: ")
        .hasMessageContaining("North Korea")
        .hasCauseInstanceOf(ValidationException.class);
  }

  @Test
  void aMissingTableNamesItsResource() {
    assertThatThrownBy(() -> rows("no-such-table.tsv", 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the table " + HERE + "no-such-table.tsv is missing from the class path");
  }

  @Test
  void textThatIsNotUtf8NamesTheResourceAndTheLine() {
    assertThatThrownBy(() -> rows("latin-1.tsv", 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(HERE + "latin-1.tsv line 3: the text is not UTF-8");
  }
}
