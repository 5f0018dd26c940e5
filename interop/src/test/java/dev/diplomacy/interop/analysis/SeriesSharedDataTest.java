package dev.diplomacy.interop.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.SharedData;
import dev.diplomacy.core.analysis.DyadSeries;
import dev.diplomacy.core.analysis.EventRow;
import dev.diplomacy.core.analysis.EventRows;
import dev.diplomacy.core.analysis.EventTable;
import dev.diplomacy.core.analysis.Period;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.interop.ImportStream;
import dev.diplomacy.interop.icews.IcewsImporter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The flat view and the dyadic series on the shared ICEWS day: what they count is what the file
 * counts, read plainly, and the stream gives the same rows as the dossier.
 */
class SeriesSharedDataTest {

  private static final String FILE = "icews/events-2018-06-01.tab";

  private static Path file;
  private static Dossier dossier;

  @BeforeAll
  static void read() throws IOException {
    file = SharedData.file(FILE);
    dossier = IcewsImporter.read(file).dossier();
  }

  @Test
  void theUnitedStatesToNorthKoreaIsWhatTheFileSays() throws IOException {
    // A plain read: rows whose Source Country is the United States and Target Country North Korea.
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int source = header.indexOf("Source Country");
    int target = header.indexOf("Target Country");
    int intensity = header.indexOf("Intensity");
    List<BigDecimal> figures = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f[source].equals("United States") && f[target].equals("North Korea")) {
        figures.add(new BigDecimal(f[intensity]));
      }
    }
    BigDecimal plainMean =
        figures.stream()
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(BigDecimal.valueOf(figures.size()), 3, RoundingMode.HALF_UP);
    assertThat(figures).hasSize(108);
    assertThat(plainMean).isEqualByComparingTo("2.744");

    DyadSeries series =
        DyadSeries.of(EventRows.of(dossier), Period.DAY, DyadSeries.Dyads.COUNTRIES);
    DyadSeries.Point point =
        series.points().stream()
            .filter(p -> p.source().key().equals("USA") && p.target().key().equals("PRK"))
            .findFirst()
            .orElseThrow();
    assertThat(point.events()).isEqualTo(108);
    assertThat(point.label()).isEqualTo("2018-06-01");
    assertThat(point.goldsteinMean().orElseThrow().setScale(3, RoundingMode.HALF_UP))
        .isEqualByComparingTo(plainMean);
  }

  @Test
  void everyRowOfTheFileIsOneRowOfTheView() {
    List<EventRow> rows = EventRows.of(dossier);
    assertThat(rows).hasSize(2_359);
    assertThat(rows).allMatch(r -> r.coding().equals("icews"));
    assertThat(rows.stream().map(r -> r.record().orElseThrow()).distinct()).hasSize(2_359);
  }

  @Test
  void theLibrarysCodingIsOnRequestAndSaysSo() {
    List<EventRow> rows = EventRows.of(dossier, EventRows.Codings.LIBRARY);
    assertThat(rows).allMatch(r -> r.coding().equals(EventRow.LIBRARY));
    // Every event has at least one row.
    Map<String, Long> perEvent =
        rows.stream()
            .collect(Collectors.groupingBy(r -> r.eventId().value(), Collectors.counting()));
    assertThat(perEvent).hasSize(dossier.events().size());
  }

  @Test
  void theStreamGivesTheRowsOfTheDossier() throws IOException {
    EventRows.Maker maker = EventRows.maker(EventRows.Codings.DATASET);
    List<String> streamed = new ArrayList<>();
    try (ImportStream stream = IcewsImporter.stream(file, problem -> {})) {
      while (stream.hasNext()) {
        DossierElement element = stream.next();
        maker.rows(element).forEach(r -> streamed.add(String.join(",", EventTable.fields(r))));
      }
    }
    List<String> whole =
        EventRows.of(dossier).stream()
            .map(r -> String.join(",", EventTable.fields(r)))
            .collect(Collectors.toList());
    assertThat(streamed).isEqualTo(whole);
  }
}
