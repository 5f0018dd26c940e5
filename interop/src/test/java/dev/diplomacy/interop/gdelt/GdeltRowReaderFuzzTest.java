package dev.diplomacy.interop.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.diplomacy.core.codes.DatasetCoding;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.interop.ImportProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fuzzes the GDELT import with Jazzer: whatever the bytes (plain rows or a zip file), reading gives
 * an import or an {@link IOException} naming the input, never another exception; every row is
 * counted once, imported or rejected with its line and reason; every imported event carries the one
 * coding of its row, and the dossier validates.
 *
 * <p>{@code mvn verify} runs it in regression mode, over the seed corpus of synthetic rows in
 * {@code src/test/resources/dev/diplomacy/interop/gdelt/GdeltRowReaderFuzzTestInputs/
 * readsAnyBytesSafely/}. To fuzz for real, as {@code json/FUZZING.md} says for the JSON readers:
 * {@code JAZZER_FUZZ=1 mvn -B -o -pl interop -am test -Dtest=GdeltRowReaderFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class GdeltRowReaderFuzzTest {

  private static final String NAME = "fuzz.export.CSV";

  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "/dev/diplomacy/interop/gdelt/GdeltRowReaderFuzzTest.dict")
  void readsAnyBytesSafely(byte[] input) {
    GdeltImport result;
    try {
      result = GdeltImporter.read(new ByteArrayInputStream(input), NAME);
    } catch (IOException e) {
      check(
          e.getMessage() != null && e.getMessage().contains(NAME),
          "an IOException names the input");
      return;
    }
    check(
        result.rowsRead() == result.imported() + result.rejected(),
        "every row is imported or rejected: " + result);
    check(result.counts().merged() == 0, "GDELT has no rows to merge");
    check(result.dossier().events().size() == result.imported(), "one event per imported row");
    Set<Integer> rejectedLines =
        result.rejections().stream().map(ImportProblem::line).collect(Collectors.toSet());
    check(rejectedLines.size() == result.rejected(), "each rejected row has its reasons, by line");
    for (ImportProblem p : result.problems()) {
      check(p.line() >= 1, "a problem names its line: " + p);
      check(!p.reason().isBlank(), "a problem gives its reason: " + p);
    }
    for (Event e : result.dossier().events()) {
      check(e.datasetCodings().size() == 1, "an event carries its row's coding: " + e.id());
      DatasetCoding c = e.datasetCodings().get(0);
      check(c.dataset().equals(GdeltData.DATASET), "the coding is GDELT's");
      check(
          ("gdelt-" + c.record().orElseThrow()).equals(e.id().value()),
          "the coding's record is the event's GLOBALEVENTID");
      check(
          c.cameo().isPresent() && c.goldstein().isPresent() && c.quadClass().isPresent(),
          "the coding has the row's code, figure and quad class");
    }
    check(
        result.dossier().validate().errors().isEmpty(),
        "the dossier validates: " + result.dossier().validate().errors());
  }

  /** The seeds named good import every row, so that the corpus reaches past the checks. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "good-visit.export.CSV",
        "good-investigate-quad-2.export.CSV",
        "good-coded-016-no-source.export.CSV",
        "good-zip.export.CSV.zip"
      })
  void theGoodSeedsImportEveryRow(String seed) throws IOException {
    try (InputStream in =
        GdeltRowReaderFuzzTest.class.getResourceAsStream(
            "GdeltRowReaderFuzzTestInputs/readsAnyBytesSafely/" + seed)) {
      GdeltImport result = GdeltImporter.read(in, seed);
      assertThat(result.rejections()).isEmpty();
      assertThat(result.imported()).isPositive();
    }
  }

  private static void check(boolean holds, String what) {
    if (!holds) {
      throw new AssertionError(what);
    }
  }
}
