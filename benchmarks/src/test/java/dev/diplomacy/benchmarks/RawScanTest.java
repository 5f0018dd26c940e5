package dev.diplomacy.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawScanTest {

  @Test
  void countsEveryTokenOfADocument() {
    // { "a" : [ 1 , "x" ] , "b" : null } : start object, name, start array, 1, "x", end array,
    // name, null, end object
    assertThat(RawScan.tokens(bytes("{\"a\": [1, \"x\"], \"b\": null}"))).isEqualTo(9);
  }

  @Test
  void scansEachLineOfNdjsonSkippingEmptyLines() {
    byte[] ndjson = bytes("{\"a\": 1}\n\n[true, false]\n\"last\"");
    assertThat(RawScan.ndjsonTokens(ndjson)).isEqualTo(4 + 4 + 1);
    assertThat(RawScan.ndjsonTokens(new ByteArrayInputStream(ndjson))).isEqualTo(4 + 4 + 1);
  }

  @Test
  void aStreamGivesTheSameCountAsItsBytesWhenLinesSpanChunks() {
    byte[] ndjson = EventGenerator.ndjson(2_000);
    assertThat(ndjson.length).isGreaterThan(3 * 64 * 1024);
    long tokens = RawScan.ndjsonTokens(ndjson);
    assertThat(tokens).isGreaterThan(2_000 * 20L);
    assertThat(RawScan.ndjsonTokens(new ByteArrayInputStream(ndjson))).isEqualTo(tokens);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
