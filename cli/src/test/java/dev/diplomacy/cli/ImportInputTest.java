package dev.diplomacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.examples.ReferenceArticleDossier;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.NdjsonDossierReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ICEWS and PLOVER inputs (--from) and PLOVER output (--to plover). */
class ImportInputTest {

  static final String HEADER =
      "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\t"
          + "Target Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\t"
          + "Province\tCountry\tLatitude\tLongitude\n";

  /** Two made-up rows: a visit and a statement. */
  static final String ROWS =
      "1001\t2018-07-05\tRi Su-yong\tParties,Government\tNorth Korea\tMake a visit\t042\t1.9\t"
          + "Raúl Castro\tParties,Government\tCuba\t501\t1\tKCNA\tHavana\tNA\tLa Habana\tCuba\t23.1330\t-82.3830\n"
          + "1002\t2018-07-05\tRaúl Castro\tParties,Government\tCuba\tPraise or endorse\t051\t3.4\t"
          + "Kim Jong-Un\tExecutive,Government\tNorth Korea\t501\t2\tKCNA\tHavana\tNA\tLa Habana\tCuba\t23.1330\t-82.3830\n";

  static final String PLOVER =
      "[{\"id\": \"X-1\", \"date\": \"2018-07-05\", \"source\": [{\"actorText\": \"Japan\", \"code\": \"JAP\"}],"
          + " \"target\": [{\"actorText\": \"Cuba\", \"code\": \"CUB\"}], \"event\": \"CONSULT\", \"mode\": \"visit\","
          + " \"text\": \"Japan's envoy visited Havana.\"}]";

  /** The record of {@link #PLOVER} in an array of its own. */
  static final String ARRAY = PLOVER;

  @TempDir Path dir;

  Path file(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void icewsRowsConvertToADossier() throws Exception {
    Path tab = file("day.tab", HEADER + ROWS);
    Cli.Result run = Cli.run("convert", tab.toString(), "--from", "icews", "--to", "dossier");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Dossier d = DiplomacyJson.strict().read(run.out(), Dossier.class);
    assertThat(d.events()).hasSize(2);
    assertThat(d.validate().errors()).isEmpty();
  }

  @Test
  void tabAndTsvFilesAreReadAsIcewsWithoutBeingToldAndOthersAsDossiers() throws Exception {
    for (String name : new String[] {"events.2018.20181119.tab", "day.TSV"}) {
      Path tab = file(name, HEADER + ROWS);
      Cli.Result run = Cli.run("validate", tab.toString());
      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      assertThat(run.err()).contains(tab + ": valid (2 events");
    }
    Path other = file("day.txt", HEADER + ROWS);
    Cli.Result run = Cli.run("validate", other.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).contains("json.syntax");
  }

  @Test
  void aBadIcewsRowIsAnErrorWithItsLine() throws Exception {
    Path tab =
        file(
            "bad.tab",
            HEADER
                + ROWS
                + "1003\tnot-a-date\tA\tNA\tNA\tx\t042\t1\tB\tNA\tNA\t1\t1\tP\tNA\tNA\tNA\tNA\tNA\tNA\n");
    Cli.Result run = Cli.run("validate", "--from", "icews", tab.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).contains(tab + ":4: error icews.");
    assertThat(run.out()).doesNotContain("(document)");
    Cli.Result json = Cli.run("validate", "--from", "icews", "--format", "json", tab.toString());
    assertThat(json.out()).contains("\"line\":4,").contains("\"pointer\":null");
    assertThat(run.err()).doesNotContain("Exception");
    Cli.Result convert = Cli.run("convert", "--from", "icews", tab.toString(), "--to", "dossier");
    assertThat(convert.exitCode()).isEqualTo(ExitCodes.INVALID);
  }

  /** The events of a dossier's NDJSON. */
  private static List<Event> events(String ndjson) {
    return NdjsonDossierReader.of(
            DiplomacyJson.strict(),
            new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)))
        .toDossier()
        .events();
  }

  @Test
  void ploverRecordsWithANonIsoCodeAreValidWithAWarning() throws Exception {
    Path json = file("gold.json", PLOVER);
    Cli.Result run = Cli.run("validate", "--from", "plover", json.toString());
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).contains("warning plover.actor.code.unknown");
    Cli.Result ndjson =
        Cli.run("convert", "--from", "plover", json.toString(), "--to", "ndjson", "--quiet");
    assertThat(ndjson.exitCode()).isZero();
    assertThat(events(ndjson.out())).hasSize(1);
  }

  /**
   * Each of these inputs made validate exit 1 while convert exited 0 and wrote what it could read
   * (with -q, silently).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "plover|two-arrays.json|" + ARRAY + ARRAY + "|plover.json.trailing",
        "plover|garbage.json|" + ARRAY + " garbage|plover.json.syntax",
        "plover|empty.json||plover.input.empty",
        "plover|empty-array.json|[ ]|plover.input.empty",
        "icews|empty.tab||icews.header.missing"
      })
  void convertRefusesWhatValidateRefuses(String from, String name, String text, String code)
      throws Exception {
    Path input = file(name, text == null ? "" : text);
    Cli.Result validate = Cli.run("validate", "--from", from, input.toString());
    assertThat(validate.exitCode()).isEqualTo(ExitCodes.INVALID);
    for (String quiet : List.of("--debug", "-q")) {
      Cli.Result convert =
          Cli.run("convert", quiet, "--from", from, input.toString(), "--to", "ndjson");
      assertThat(convert.exitCode()).as(convert.err()).isEqualTo(ExitCodes.INVALID);
      // written as it is read: whole lines only, of what came before the error
      assertThat(convert.out()).matches("(\\{[^\n]*\\}\n)*");
      assertThat(convert.err())
          .contains(input + ":")
          .contains("error " + code)
          .contains("stopped")
          .contains("the output is incomplete");
    }
  }

  @Test
  void withSkipInvalidWhatCanBeReadIsConvertedAndTheSkippedIsSaid() throws Exception {
    Path input = file("garbage.json", ARRAY + "\n garbage");
    Cli.Result run =
        Cli.run(
            "convert", "--from", "plover", input.toString(), "--to", "ndjson", "--skip-invalid");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(events(run.out())).hasSize(1);
    assertThat(run.err())
        .contains(input + ":2: error plover.json.syntax")
        .contains(
            input
                + ": 1 rows: 1 imported, 0 merged, 0 rejected; 1 warnings; skipped"
                + " (--skip-bad): what the 1 error above names;");
    Cli.Result quiet =
        Cli.run(
            "convert",
            "-q",
            "--from",
            "plover",
            input.toString(),
            "--to",
            "ndjson",
            "--skip-invalid");
    assertThat(quiet.exitCode()).isZero();
    assertThat(quiet.err().lines()).singleElement().asString().contains("error plover.json.syntax");
    Path empty = file("empty.tab", "");
    Cli.Result none =
        Cli.run(
            "convert", "--from", "icews", empty.toString(), "--to", "dossier", "--skip-invalid");
    assertThat(none.exitCode()).isZero();
    assertThat(DiplomacyJson.strict().read(none.out(), Dossier.class).events()).isEmpty();
    assertThat(none.err()).contains("error icews.header.missing").contains("skipped");
  }

  @Test
  void aDossierBecomesPloverLinesAndTheRestIsListed() throws Exception {
    Path json =
        file("article.json", DiplomacyJson.strict().write(ReferenceArticleDossier.dossier()));
    Cli.Result run = Cli.run("convert", json.toString(), "--to", "plover");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).startsWith("{").contains("\"event\""));
    assertThat(run.err())
        .contains("kim-greetings-to-castro: plover.export.noCategory")
        .contains("records written");
    Path back = file("article.plover.jsonl", run.out());
    Cli.Result reread = Cli.run("validate", "--from", "plover", back.toString());
    assertThat(reread.exitCode()).as(reread.out()).isZero();
  }

  @Test
  void theSharedIcewsDayConvertsAndValidates() throws Exception {
    Path tab =
        Path.of(
            System.getProperty("diplomacy.sharedData", "../shared/data"),
            "icews",
            "events-2018-06-01.tab");
    Assumptions.assumeTrue(
        Files.isRegularFile(tab),
        "no shared ICEWS data at " + tab + " (set -Ddiplomacy.sharedData)");
    Cli.Result run =
        Cli.run("convert", "--from", "icews", tab.toString(), "--to", "dossier", "--quiet");
    assertThat(run.exitCode()).isZero();
    Path dossier = file("icews.json", run.out());
    Cli.Result check = Cli.run("validate", dossier.toString(), "--quiet");
    assertThat(check.exitCode()).as(check.out()).isZero();
  }
}
