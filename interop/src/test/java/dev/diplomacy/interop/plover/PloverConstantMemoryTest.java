package dev.diplomacy.interop.plover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ChildJvm;
import dev.diplomacy.core.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Streams 200,004 PLOVER records (the gold standard's 322 event records repeated 621 times with new
 * ids, as JSON lines: about 190 MB of text) to NDJSON, in a JVM of its own with a 64 MB heap.
 */
class PloverConstantMemoryTest {

  @Test
  void streamsMoreRecordsThanTheHeapHoldsToNdjson() throws Exception {
    Path file = SharedData.file("plover/PLOVER_GSR_CAMEO.txt");
    long copies = 621;
    String output =
        ChildJvm.run(
            "64m",
            StreamedPlover.class,
            file.toAbsolutePath().toString(),
            String.valueOf(copies * 322));
    // each copy: 322 events; 322 warnings of the placeholder date, 76 of legacy categories, 6 of
    // unknown codes, 1 of a target that is no actor, 1 of a missing source, and the late names of
    // states (15 in the first copy, 16 in each other: 'United States' itself comes late there)
    String counts = output.lines().findFirst().orElse("");
    assertThat(counts)
        .startsWith(
            String.format(
                "%,d rows: %,d imported, 0 merged, 0 rejected;", copies * 322, copies * 322))
        .endsWith(String.format("; %d events written", copies * 322));
  }
}
