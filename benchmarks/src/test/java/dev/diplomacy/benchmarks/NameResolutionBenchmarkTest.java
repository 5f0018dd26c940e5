package dev.diplomacy.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameResolutionBenchmarkTest {

  @Test
  void readsTheSourceAndTargetNamesOfEveryRowLeavingOutNa(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("events.tab");
    Files.writeString(
        file,
        "Event ID\tSource Name\tCAMEO Code\tTarget Name\n1\tRaúl Castro\t040\tKim Jong-Un\n2\tCuba\t010\tNA\n",
        StandardCharsets.UTF_8);
    assertThat(NameResolutionBenchmark.icewsNames(file))
        .containsExactly("Raúl Castro", "Kim Jong-Un", "Cuba");
  }

  @Test
  void resolvesGeneratedNamesWhenTheSampleIsAbsent(@TempDir Path dir) throws Exception {
    String before = System.getProperty("diplomacy.sharedData");
    System.setProperty("diplomacy.sharedData", dir.toString());
    try {
      NameResolutionBenchmark benchmark = new NameResolutionBenchmark();
      benchmark.setUp();
      int library = benchmark.resolveLibrary();
      int map = benchmark.resolveHashMap();
      assertThat(map).isPositive();
      // Surnames and other letter case resolve by part or by key, where a map of names does not.
      assertThat(library).isGreaterThan(map);
    } finally {
      if (before == null) {
        System.clearProperty("diplomacy.sharedData");
      } else {
        System.setProperty("diplomacy.sharedData", before);
      }
    }
  }
}
