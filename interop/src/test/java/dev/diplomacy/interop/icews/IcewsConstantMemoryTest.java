package dev.diplomacy.interop.icews;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ChildJvm;
import dev.diplomacy.core.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Streams the shared ICEWS day repeated 127 times with new ids (299,593 rows, 76 MB of text; the
 * in-memory import needed about 0.9 GB for a third of it) to NDJSON, in a JVM of its own with a 64
 * MB heap.
 */
class IcewsConstantMemoryTest {

  @Test
  void streamsMoreRowsThanTheHeapHoldsToNdjson() throws Exception {
    Path file = SharedData.file("icews/events-2018-06-01.tab");
    long copies = 127;
    String output =
        ChildJvm.run(
            "64m",
            StreamedIcews.class,
            file.toAbsolutePath().toString(),
            String.valueOf(copies * 2359));
    // each copy of the day: 2,359 rows, 2,145 events, 214 rows merged into their mirror's event
    assertThat(output.lines().findFirst().orElse(""))
        .isEqualTo(
            String.format(
                "%,d rows: %,d imported, %,d merged, 0 rejected; 0 warnings; %d events written",
                copies * 2359, copies * 2145, copies * 214, copies * 2145));
  }
}
