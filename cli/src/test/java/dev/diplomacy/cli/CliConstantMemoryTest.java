package dev.diplomacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ChildJvm;
import dev.diplomacy.core.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code convert --from icews --to ndjson} streams: 299,593 rows (the shared ICEWS day repeated 127
 * times with new ids, about 76 MB of text) convert in a JVM of its own with a 64 MB heap, the
 * summary accounting for every row.
 */
class CliConstantMemoryTest {

  @Test
  void convertsMoreRowsThanTheHeapHoldsToNdjson() throws Exception {
    Path file = SharedData.file("icews/events-2018-06-01.tab");
    long copies = 127;
    String output =
        ChildJvm.run(
            "64m",
            StreamedCli.class,
            file.toAbsolutePath().toString(),
            String.valueOf(copies * 2359));
    assertThat(output.lines().findFirst().orElse("")).isEqualTo("exit 0");
    // each copy of the day: 2,359 rows, 2,145 events, 214 rows merged into their mirror's event
    assertThat(output)
        .contains(
            String.format(
                "<stdin>: %,d rows: %,d imported, %,d merged, 0 rejected; 0 warnings;",
                copies * 2359, copies * 2145, copies * 214))
        .contains(String.format("(%,d events)", copies * 2145));
    long bytes =
        Long.parseLong(
            output
                .lines()
                .filter(l -> l.startsWith("bytes "))
                .findFirst()
                .orElseThrow()
                .substring(6));
    assertThat(bytes).as("the NDJSON written").isGreaterThan(copies * 2145 * 200);
  }
}
