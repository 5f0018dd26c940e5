package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.json.format.ErrorPolicy;
import dev.diplomacy.json.format.JsonLimits;
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
 * A line that lies whole in the reader's buffer is parsed where it lies; a longer one as a stream.
 * Both ways give the same values and the same problems (code, pointer, line and column), on valid
 * and on damaged NDJSON, in both modes, within and past the limit of a line.
 */
class NdjsonWholeLineTest {

  /** What reading a file gave: its values and its problems, in order. */
  private record Read(List<Object> values, List<Problem> problems) {}

  private static Read read(DiplomacyJson json, byte[] ndjson, boolean streamsOnly) {
    InputStream none = InputStream.nullInputStream();
    NdjsonLineReader.LineParser<Object> whole =
        NdjsonReader.ofCodec(
                json,
                NdjsonDossierLines.lineCodec(),
                NdjsonDossierLines.WHAT,
                none,
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

  private static byte[] ndjson(DiplomacyJson json, Dossier dossier) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NdjsonWriter.writeDossier(json, dossier, out);
    return out.toByteArray();
  }

  private static void sameBothWays(DiplomacyJson json, byte[] ndjson) {
    assertThat(read(json, ndjson, false)).isEqualTo(read(json, ndjson, true));
  }

  @Test
  void damagedDossiersReadTheSameBothWays() {
    DiplomacyJson strict = DiplomacyJson.strict();
    qt().withExamples(300)
        .forAll(
            ModelGenerators.namespaced().dossiers(false),
            integers().all(),
            integers().between(0, 12))
        .checkAssert(
            (dossier, seed, count) ->
                sameBothWays(strict, DamagedBytes.of(ndjson(strict, dossier), seed, count)));
  }

  @Test
  void damagedLenientDossiersReadTheSameBothWays() {
    DiplomacyJson lenient = DiplomacyJson.lenient();
    qt().withExamples(200)
        .forAll(
            ModelGenerators.withPlainNames().dossiers(true),
            integers().all(),
            integers().between(0, 12))
        .checkAssert(
            (dossier, seed, count) ->
                sameBothWays(lenient, DamagedBytes.of(ndjson(lenient, dossier), seed, count)));
  }

  @Test
  void linesPastTheLimitAndLongerThanTheBufferReadTheSameBothWays() {
    String line = BadCorpus.MEETING;
    String huge =
        line.substring(0, line.length() - 1) + ",\"summary\":\"" + "a".repeat(70_000) + "\"}";
    byte[] ndjson =
        (line
                + "\r\n\n"
                + huge
                + "\n"
                + line
                + "\r"
                + line
                + "\n"
                + huge.substring(0, 100)
                + "\n"
                + line)
            .getBytes(StandardCharsets.UTF_8);
    for (long limit : new long[] {line.length() - 1, line.length(), 80_000}) {
      DiplomacyJson json =
          DiplomacyJson.builder()
              .limits(JsonLimits.builder().maxDocumentLength(limit).build())
              .build();
      Read read = read(json, ndjson, false);
      assertThat(read).isEqualTo(read(json, ndjson, true));
      assertThat(read.values().size() + read.problems().size()).isGreaterThanOrEqualTo(5);
    }
  }
}
