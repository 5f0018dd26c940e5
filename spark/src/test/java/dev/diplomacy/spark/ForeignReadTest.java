package dev.diplomacy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.SharedData;
import dev.diplomacy.core.analysis.EventRow;
import dev.diplomacy.core.analysis.EventRows;
import dev.diplomacy.interop.ImportProblem;
import dev.diplomacy.interop.ImportResult;
import dev.diplomacy.interop.gdelt.GdeltImporter;
import dev.diplomacy.interop.icews.IcewsImporter;
import dev.diplomacy.interop.plover.PloverImporter;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each foreign format read in Spark gives the rows and problems the library gives on one machine.
 */
class ForeignReadTest {

  @TempDir Path dir;

  private final DiplomacySpark diplomacy = DiplomacySpark.of(LocalSpark.session());

  private void sameAsTheLibrary(Format format, Path file, ImportResult expected) {
    EventData data = diplomacy.read(format, file.toString()).persist();
    List<EventRow> rows = data.events().collectAsList().stream().map(EventSchema::fromRow).toList();
    assertThat(rows).isEqualTo(EventRows.of(expected.dossier()));
    List<Row> problems = data.problems().collectAsList();
    assertThat(problems)
        .extracting(r -> r.getLong(1), r -> r.getString(3), r -> r.getString(4))
        .containsExactlyElementsOf(
            expected.problems().stream()
                .map(
                    p -> org.assertj.core.groups.Tuple.tuple((long) p.line(), p.code(), p.reason()))
                .toList());
    assertThat(problems)
        .extracting(r -> r.getString(2))
        .containsExactlyElementsOf(
            expected.problems().stream()
                .map(ImportProblem::isRejection)
                .map(e -> e ? "error" : "warning")
                .toList());
  }

  @Test
  void icews() throws Exception {
    Path file = SharedData.file("icews/events-2018-06-01.tab");
    sameAsTheLibrary(Format.ICEWS, file, IcewsImporter.read(file));
  }

  @Test
  void gdelt() throws Exception {
    Path file = SharedData.file("gdelt/20191024143000.export.CSV");
    sameAsTheLibrary(Format.GDELT, file, GdeltImporter.read(file));
  }

  @Test
  void plover() throws Exception {
    Path file = SharedData.file("plover/PLOVER_GSR_CAMEO.txt");
    sameAsTheLibrary(Format.PLOVER, file, PloverImporter.read(file));
  }

  @Test
  void aFileThatCannotBeReadIsAProblemNamingIt() {
    String missing = dir.resolve("missing.tab").toString();

    EventData data = diplomacy.read(Format.ICEWS, missing);

    assertThat(data.events().count()).isZero();
    assertThat(data.problems().collectAsList())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getString(0)).endsWith("missing.tab");
              assertThat(r.isNullAt(1)).isTrue();
              assertThat(r.getString(3)).isEqualTo("file.unreadable");
              assertThat(r.getString(4)).contains("missing.tab");
            });
  }
}
