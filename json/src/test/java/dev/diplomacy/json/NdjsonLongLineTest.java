package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.ChildJvm;
import dev.diplomacy.json.format.JsonLimits;
import org.junit.jupiter.api.Test;

/**
 * A long line is read, and a line past the limit refused, without ever holding a line whole: in a
 * JVM of its own whose heap (32 MiB) is half the limit of a line (64 MiB). Before, a 50 MB line
 * needed more than 128 MiB of heap, and a line past the limit ended in an {@link OutOfMemoryError}
 * at 64 MiB.
 */
class NdjsonLongLineTest {

  @Test
  void readsA50MbLineAndRefusesOnePastTheLimitInAHeapSmallerThanTheLimit() throws Exception {
    assertThat(32L * 1024 * 1024).isLessThan(JsonLimits.defaults().maxDocumentLength());
    String output = ChildJvm.run("32m", LongLineNdjson.class);
    long pastTheLimit = JsonLimits.defaults().maxDocumentLength() + 1;
    assertThat(output.strip()).isEqualTo("CU@1 KP@2 json.limit@3:" + pastTheLimit + " VE@4");
  }
}
