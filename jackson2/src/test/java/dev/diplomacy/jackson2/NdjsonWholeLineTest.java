package dev.diplomacy.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.json.BadCorpus;
import dev.diplomacy.json.DamagedBytes;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.Golden;
import dev.diplomacy.json.format.ErrorPolicy;
import dev.diplomacy.json.format.JsonLimits;
import dev.diplomacy.json.format.Mode;
import dev.diplomacy.json.format.Problem;
import dev.diplomacy.json.format.internal.NdjsonDossierLines;
import dev.diplomacy.json.format.internal.NdjsonLineReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Jackson 2 binding reads a line that lies whole in the reader's buffer where it lies, and a
 * longer one as a stream: both ways give the same values and problems (code, pointer, line and
 * column), on the golden dossiers' NDJSON damaged at random, in both modes.
 */
class NdjsonWholeLineTest {

  /** What reading a file gave: its values and its problems, in order. */
  private record Read(List<Object> values, List<Problem> problems) {}

  private static Read read(DiplomacyJackson2 json, byte[] ndjson, boolean streamsOnly) {
    NdjsonLineReader.LineParser<Object> whole =
        NdjsonReader.ofCodec(
                json,
                NdjsonDossierLines.lineCodec(),
                NdjsonDossierLines.WHAT,
                InputStream.nullInputStream(),
                ErrorPolicy.failFast())
            .parser();
    NdjsonLineReader.LineParser<Object> parser = streamsOnly ? whole::parse : whole;
    List<Problem> problems = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    try (NdjsonLineReader<Object> lines =
        new NdjsonLineReader<>(
            new ByteArrayInputStream(ndjson),
            json.limits().maxDocumentLength(),
            parser,
            ErrorPolicy.skipAndReport(e -> problems.addAll(e.problems())))) {
      lines.forEachRemaining(values::add);
    }
    return new Read(values, problems);
  }

  /** The golden dossiers' NDJSON, one after the other. */
  private static byte[] goldenNdjson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DiplomacyJson json = DiplomacyJson.lenient();
    for (String name : BindingsAgreeTest.goldenNames()) {
      String golden = Golden.text(name);
      if (golden.contains("\"formatVersion\"")) {
        dev.diplomacy.json.NdjsonWriter.writeDossier(json, json.read(golden, Dossier.class), out);
      }
    }
    return out.toByteArray();
  }

  @Test
  void damagedDossiersReadTheSameBothWays() {
    byte[] ndjson = goldenNdjson();
    assertThat(ndjson.length).isGreaterThan(1000);
    for (Mode mode : Mode.values()) {
      DiplomacyJackson2 json = DiplomacyJackson2.builder().mode(mode).build();
      qt().withExamples(150)
          .forAll(integers().all(), integers().between(0, 40))
          .checkAssert(
              (seed, count) -> {
                byte[] damaged = DamagedBytes.of(ndjson, seed, count);
                assertThat(read(json, damaged, false)).isEqualTo(read(json, damaged, true));
              });
    }
  }

  @Test
  void linesPastTheLimitReadTheSameBothWays() {
    String line = BadCorpus.MEETING;
    byte[] ndjson = (line + "\r\n\n" + line + "\n" + line).getBytes(StandardCharsets.UTF_8);
    for (long limit : new long[] {line.length() - 1, line.length()}) {
      DiplomacyJackson2 json =
          DiplomacyJackson2.builder()
              .limits(JsonLimits.builder().maxDocumentLength(limit).build())
              .build();
      Read read = read(json, ndjson, false);
      assertThat(read).isEqualTo(read(json, ndjson, true));
      assertThat(read.values().size() + read.problems().size()).isEqualTo(3);
    }
  }
}
