package dev.diplomacy.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.diplomacy.core.analysis.DyadSeries;
import dev.diplomacy.core.analysis.EventRow;
import dev.diplomacy.core.analysis.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The baseline of the series benchmark counts what the library counts, so the ratio is fair. */
class SeriesBenchmarkTest {

  @Test
  void theHashMapGroupingAndTheSeriesAgreeCellByCell() {
    List<EventRow> rows = SeriesBenchmark.rows(20_000, 7);
    DyadSeries series = DyadSeries.of(rows, Period.MONTH, DyadSeries.Dyads.COUNTRIES);
    Map<String, double[]> cells = SeriesBenchmark.group(rows);
    assertThat(series.points()).hasSameSizeAs(cells.entrySet());
    for (DyadSeries.Point p : series.points()) {
      String key =
          p.source().key()
              + ">"
              + p.target().key()
              + " "
              + p.start().getYear()
              + "-"
              + p.start().getMonthValue();
      double[] cell = cells.get(key);
      assertThat(cell).as(key).isNotNull();
      for (int q = 0; q < 4; q++) {
        assertThat((long) cell[q]).isEqualTo(p.quadCounts().get(q));
      }
      assertThat((long) cell[4]).isEqualTo(p.events());
      assertThat(cell[5]).isCloseTo(p.goldsteinSum().doubleValue(), within(1e-6));
    }
    assertThat(series.leftOut()).isEmpty();
  }
}
