package dev.diplomacy.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ratios of a results file: against the baseline a case's target is set for, a time per
 * operation turned into a throughput, cases without their baseline left out.
 */
class RatiosTest {

  private static String result(String benchmark, String mode, double score, String unit) {
    return "{\"benchmark\":\"dev.diplomacy.benchmarks."
        + benchmark
        + "\",\"mode\":\""
        + mode
        + "\",\"primaryMetric\":{\"score\":"
        + score
        + ",\"scoreError\":0.5,\"scoreUnit\":\""
        + unit
        + "\"}}";
  }

  @Test
  void aCaseIsMeasuredAgainstTheBaselineItsTargetIsSetFor(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("results.json");
    Files.writeString(
        file,
        "["
            + String.join(
                ",",
                result("IcewsImportBenchmark.streamLibrary", "thrpt", 10, "ops/s"),
                result("IcewsImportBenchmark.splitAndParse", "thrpt", 16, "ops/s"),
                result("MeetingBenchmark.readLibrary", "avgt", 2, "us/op"),
                result("MeetingBenchmark.readRecords", "avgt", 1, "us/op"),
                result("GdeltImportBenchmark.streamLibrary", "thrpt", 10, "ops/s"))
            + "]");

    assertThat(Ratios.targetRatios(file))
        .extracting(Ratios.TargetRatio::ratio, Ratios.TargetRatio::target)
        .containsExactly(tuple(0.5, 0.8), tuple(0.625, 0.5));
    assertThat(Ratios.targetRatios(file).get(1).name()).startsWith("ICEWS import");
  }
}
