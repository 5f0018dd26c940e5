package dev.diplomacy.interop.icews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.diplomacy.interop.ImportProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Rows of other days, valid or broken in any column: each is imported, merged or rejected, never
 * lost.
 */
class IcewsImportProperties {

  private static final int EXAMPLES = 300;

  /** Values that ICEWS files hold, or that a broken file might. */
  private static final List<String> ODD_VALUES =
      List.of(
          "NA",
          "",
          "  ",
          "042",
          "42",
          "0841",
          "99",
          "-3.5",
          "1e2",
          "Unspecified Actor",
          "Unidentified State Actor",
          "Raúl Castro",
          "Raul Castro Ruz",
          "Kim Jong Un",
          "Russian Federation",
          "Atlantis",
          "Citizen (India)",
          "Government,Executive",
          ",,",
          "2018-02-30",
          "2018-06-01",
          "12",
          "x y",
          "ÿ",
          "Cote d'Ivoire",
          "91",
          "-181",
          "Moon Jae-in",
          "Kim Jong-Un",
          "Yonhap News Agency",
          "icews 1");

  private static Gen<String> values() {
    return Generate.oneOf(
        Generate.pick(ODD_VALUES), strings().basicLatinAlphabet().ofLengthBetween(0, 10));
  }

  /** A row: the valid row with some columns set to odd values, or its mirror. */
  private static Gen<String> rows() {
    return in -> {
      Tsv row = Tsv.row().with("Event ID", String.valueOf(integers().between(1, 6).generate(in)));
      int changes = integers().between(0, 3).generate(in);
      for (int i = 0; i < changes; i++) {
        String column = Generate.pick(RowReader.COLUMNS).generate(in);
        row.with(column, values().generate(in));
      }
      return Generate.booleans().generate(in)
          ? row.mirrored(String.valueOf(integers().between(1, 9).generate(in))).toString()
          : row.toString();
    };
  }

  @Test
  void everyRowIsImportedMergedOrRejectedWithItsLine() {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(rows()).ofSizeBetween(0, 8))
        .checkAssert(
            rows -> {
              List<Object> lines = new ArrayList<>(rows);
              IcewsImport r = Tsv.read(lines.toArray());
              assertThat(r.rowsRead()).isEqualTo(rows.size());
              assertThat(r.imported() + r.merged() + r.rejected()).isEqualTo(rows.size());
              assertThat(r.dossier().events()).hasSize(r.imported());
              Set<Integer> rejectedLines =
                  r.rejections().stream().map(ImportProblem::line).collect(Collectors.toSet());
              assertThat(rejectedLines).hasSize(r.rejected());
              assertThat(rejectedLines)
                  .allSatisfy(line -> assertThat(line).isBetween(2, rows.size() + 1));
              int externalIds =
                  r.dossier().events().stream().mapToInt(e -> e.externalIds().size()).sum();
              assertThat(externalIds).isEqualTo(r.imported() + r.merged());
              assertThat(r.dossier().validate().errors()).isEmpty();
            });
  }
}
