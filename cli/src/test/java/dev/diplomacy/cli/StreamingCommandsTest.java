package dev.diplomacy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.SharedData;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.NdjsonDossierReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inputs read as streams (GDELT among them), the output written as they are read (--to ndjson, csv,
 * geojson), the series, and what becomes of bad rows (--skip-bad).
 */
class StreamingCommandsTest {

  @TempDir Path dir;

  /** A made-up GDELT row: Saudi Arabia's government visits the United States, in Washington. */
  static String[] gdeltRow(String id) {
    String[] f = new String[61];
    Arrays.fill(f, "");
    f[0] = id;
    f[1] = "20191024";
    f[2] = "201910";
    f[3] = "2019";
    f[4] = "2019.8055";
    f[5] = "SAUGOV";
    f[6] = "RIYADH";
    f[7] = "SAU";
    f[12] = "GOV";
    f[15] = "USA";
    f[16] = "UNITED STATES";
    f[17] = "USA";
    f[25] = "1";
    f[26] = "042";
    f[27] = "042";
    f[28] = "04";
    f[29] = "1";
    f[30] = "1.9";
    f[31] = "4";
    f[32] = "1";
    f[33] = "4";
    f[34] = "-1.5";
    String[] action = {
      "3",
      "Washington, District of Columbia, United States",
      "US",
      "USDC",
      "",
      "38.8951",
      "-77.0364",
      "531871"
    };
    System.arraycopy(action, 0, f, 51, action.length);
    f[59] = "20191024143000";
    f[60] = "https://example.org/news/" + id;
    return f;
  }

  static String gdelt(String... ids) {
    StringBuilder b = new StringBuilder();
    for (String id : ids) {
      b.append(String.join("\t", gdeltRow(id))).append('\n');
    }
    return b.toString();
  }

  Path file(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  Path zip(String name, String entry, String text) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry(entry));
      z.write(text.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    return Files.write(dir.resolve(name), bytes.toByteArray());
  }

  private static Dossier dossier(String ndjson) {
    return NdjsonDossierReader.of(
            DiplomacyJson.strict(),
            new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)))
        .toDossier();
  }

  @Test
  void gdeltFilesAreFoundByTheirPublishedNamesPlainAndZipped() throws Exception {
    Path plain = file("20191024143000.export.CSV", gdelt("1", "2"));
    Path zipped =
        zip("20191024143000.export.CSV.zip", "20191024143000.export.CSV", gdelt("1", "2"));
    for (Path p : List.of(plain, zipped)) {
      Cli.Result run = Cli.run("convert", p.toString(), "--to", "ndjson");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(dossier(run.out()).events()).hasSize(2);
      assertThat(run.err())
          .contains(p + ": 2 rows: 2 imported, 0 merged, 0 rejected; 0 warnings;")
          .contains("(2 events)");
    }
    Path other = file("events.txt", gdelt("1"));
    assertThat(Cli.run("validate", other.toString()).exitCode()).isEqualTo(ExitCodes.INVALID);
    Cli.Result told = Cli.run("validate", "--from", "gdelt", other.toString());
    assertThat(told.exitCode()).as(told.out()).isZero();
    assertThat(told.err())
        .contains(other + ": valid (1 event, 0 errors, 0 warnings; 1 rows: 1 imported");
  }

  @Test
  void aRejectedRowStopsTheConversionThereWithItsLineUnlessSkipBad() throws Exception {
    String[] short60 = Arrays.copyOf(gdeltRow("2"), 60);
    Path bad = file("bad.export.CSV", gdelt("1") + String.join("\t", short60) + "\n" + gdelt("3"));
    Cli.Result run = Cli.run("convert", bad.toString(), "--to", "ndjson");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err())
        .contains(bad + ":2: error gdelt.row.columns")
        .contains(
            "diplomacy: "
                + bad
                + ": stopped at line 2 (gdelt.row.columns): the output is incomplete")
        .contains("--skip-bad");
    assertThat(run.out()).endsWith("\n");
    Dossier before = dossier(run.out());
    assertThat(before.events())
        .singleElement()
        .satisfies(e -> assertThat(e.id().value()).isEqualTo("gdelt-1"));

    Cli.Result skip = Cli.run("convert", bad.toString(), "--to", "ndjson", "--skip-bad");
    assertThat(skip.exitCode()).as(skip.err()).isZero();
    assertThat(dossier(skip.out()).events()).hasSize(2);
    assertThat(skip.err())
        .contains(bad + ":2: error gdelt.row.columns")
        .contains(
            bad
                + ": 3 rows: 2 imported, 0 merged, 1 rejected; 0 warnings; skipped (--skip-bad):"
                + " what the 1 error above names;");
    Cli.Result synonym = Cli.run("convert", bad.toString(), "--to", "csv", "--skip-invalid");
    assertThat(synonym.exitCode()).isZero();
    assertThat(SharedData.csv(synonym.out()))
        .extracting(r -> r.get(0))
        .containsOnly("event_id", "gdelt-1", "gdelt-3");
  }

  @Test
  void aCorruptZipIsAnErrorNamingTheFileAndNothingAfterIt() throws Exception {
    Path good = zip("day.export.CSV.zip", "day.export.CSV", gdelt("1", "2", "3", "4"));
    byte[] bytes = Files.readAllBytes(good);
    Path cut =
        Files.write(dir.resolve("cut.export.CSV.zip"), Arrays.copyOf(bytes, bytes.length / 2));
    for (String skip : List.of("--quiet", "--skip-bad")) {
      Cli.Result run = Cli.run("convert", cut.toString(), "--to", "csv", skip);
      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID);
      assertThat(run.err()).contains(cut + ": error " + Elements.CORRUPT).contains("stopped");
      assertThat(run.err()).doesNotContain("Exception:").doesNotContain("internal error");
    }
    Cli.Result validate = Cli.run("validate", cut.toString());
    assertThat(validate.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(validate.out()).contains(cut + ": error input.corrupt");
  }

  @Test
  void anIcewsHeaderWithoutAColumnIsRefusedWithItsCode() throws Exception {
    String header = ImportInputTest.HEADER.replace("CAMEO Code\t", "");
    Path tab = file("day.tab", header + ImportInputTest.ROWS);
    Cli.Result run = Cli.run("convert", tab.toString(), "--to", "csv");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains(tab + ":1: error icews.header.columns").contains("CAMEO Code");
    Cli.Result series = Cli.run("series", tab.toString());
    assertThat(series.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(series.out()).isEmpty();
    assertThat(series.err()).contains(tab + ":1: error icews.header.columns").contains("refused");
  }

  @Test
  void csvHasOneRowPerCodingFromEveryInputFormat() throws Exception {
    Path tab = file("day.tab", ImportInputTest.HEADER + ImportInputTest.ROWS);
    Cli.Result icews = Cli.run("convert", tab.toString(), "--to", "csv");
    assertThat(icews.exitCode()).as(icews.err()).isZero();
    List<List<String>> rows = SharedData.csv(icews.out());
    assertThat(rows.get(0)).startsWith("event_id", "kind", "date");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1)).contains("icews", "042", "04", "1.9", "PRK", "CUB");
    assertThat(icews.err()).contains("2 rows written (dataset codings) of 2 events");

    Cli.Result library = Cli.run("convert", tab.toString(), "--to", "csv", "--codings", "library");
    assertThat(library.err()).contains("(library codings)");
    assertThat(SharedData.csv(library.out()).get(1)).contains("library").doesNotContain("icews");

    Path ndjson = file("day.ndjson", Cli.run("convert", tab.toString(), "--to", "ndjson").out());
    Path json = file("day.json", Cli.run("convert", tab.toString(), "--to", "dossier").out());
    for (Path p : List.of(ndjson, json)) {
      Cli.Result again = Cli.run("convert", p.toString(), "--to", "csv");
      assertThat(again.exitCode()).as(again.err()).isZero();
      assertThat(again.out()).isEqualTo(icews.out());
    }
    Path plover = file("gold.json", ImportInputTest.PLOVER);
    Cli.Result fromPlover =
        Cli.run("convert", "--from", "plover", plover.toString(), "--to", "csv");
    assertThat(fromPlover.exitCode()).as(fromPlover.err()).isZero();
    assertThat(SharedData.csv(fromPlover.out())).hasSize(2);
  }

  @Test
  void geojsonHasAFeaturePerEventWithCoordinatesAndSaysHowManyHadNone() throws Exception {
    String noPlace =
        "1003\t2018-07-06\tRaúl Castro\tParties,Government\tCuba\tMake a visit\t042\t1.9\t"
            + "Kim Jong-Un\tExecutive,Government\tNorth Korea\t502\t1\tKCNA\t\t\t\t\t\t\n";
    Path tab = file("day.tab", ImportInputTest.HEADER + ImportInputTest.ROWS + noPlace);
    Cli.Result run = Cli.run("convert", tab.toString(), "--to", "geojson");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode map = JsonMapper.shared().readTree(run.out());
    assertThat(map.get("type").asString()).isEqualTo("FeatureCollection");
    assertThat(map.get("features")).hasSize(2);
    JsonNode first = map.get("features").get(0);
    assertThat(first.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(-82.383);
    assertThat(run.err())
        .contains(
            "2 events on the map (dataset codings) of 3 events; 1 event without coordinates left out");
  }

  @Test
  void progressCountsRowsReadAndEventsWrittenOnATerminal() throws Exception {
    Path file = file("day.export.CSV", gdelt("1", "2", "3", "4", "5"));
    Cli.Result run =
        Cli.onTerminal(new byte[0], true, 2, "convert", file.toString(), "--to", "ndjson");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .startsWith(
            "\r"
                + file
                + ": 2 rows read, 2 events written\r"
                + file
                + ": 4 rows read, 4 events written\n");
  }

  @Test
  void seriesWritesCsvOrSvgAndSaysWhatWasLeftOut() throws Exception {
    Path tab = file("day.tab", ImportInputTest.HEADER + ImportInputTest.ROWS);
    Cli.Result csv = Cli.run("series", tab.toString(), "--by", "day");
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    List<List<String>> rows = SharedData.csv(csv.out());
    assertThat(rows.get(0)).first().isEqualTo("source");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1)).startsWith("CUB", "Cuba", "PRK", "North Korea", "2018-07-05");
    assertThat(csv.err())
        .contains("2 codings (dataset codings): 2 in dyads, none left out; 2 rows written");

    Cli.Result svg = Cli.run("series", tab.toString(), "--format", "svg", "--lines", "1");
    assertThat(svg.out()).startsWith("<?xml").contains("<svg").contains("North Korea");
    assertThat(svg.err()).contains("1 busiest dyads drawn");

    Cli.Result root =
        Cli.run("series", tab.toString(), "--dyad", "PRK,CUB", "--per", "root", "--by", "year");
    List<List<String>> byRoot = SharedData.csv(root.out());
    assertThat(byRoot.get(0)).first().isEqualTo("root");
    assertThat(byRoot)
        .extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(3))
        .containsExactly("root source target", "04 PRK CUB", "05 CUB PRK");

    Cli.Result top = Cli.run("series", tab.toString(), "--top", "1", "--between", "actors");
    assertThat(SharedData.csv(top.out())).hasSize(2);

    Cli.Result wrong = Cli.run("series", tab.toString(), "--dyad", "USA");
    assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
    assertThat(wrong.err()).contains("--dyad takes two parties");
    assertThat(Cli.run("series", tab.toString(), "--format", "svg", "--per", "root").exitCode())
        .isEqualTo(ExitCodes.USAGE_OR_IO);
  }

  @Test
  void seriesSaysWhatWasLeftOutAndWhy() throws Exception {
    String oneSided =
        "1003\t2018-07-06\tRaúl Castro\tParties,Government\tCuba\tMake a statement\t010\t0\t"
            + "\t\t\t502\t1\tKCNA\t\t\t\t\t\t\n";
    Path tab = file("day.tab", ImportInputTest.HEADER + ImportInputTest.ROWS + oneSided);
    Cli.Result run = Cli.run("series", tab.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("3 codings (dataset codings): 2 in dyads, left out of every dyad: 1 (one sided)");
  }

  @Test
  void theSharedIcewsDayGivesTheThreeEverydayResults() throws Exception {
    Path day = SharedData.file("icews/events-2018-06-01.tab");
    Cli.Result byRoot =
        Cli.run("series", day.toString(), "--by", "day", "--dyad", "USA,PRK", "--per", "root");
    assertThat(byRoot.exitCode()).as(byRoot.err()).isZero();
    long usToNorthKorea =
        SharedData.csv(byRoot.out()).stream()
            .filter(r -> r.get(1).equals("USA") && r.get(3).equals("PRK"))
            .mapToLong(r -> Long.parseLong(r.get(11)))
            .sum();
    assertThat(usToNorthKorea).isEqualTo(108);

    Cli.Result busiest = Cli.run("series", day.toString(), "--by", "year", "--top", "10");
    List<List<String>> rows = SharedData.csv(busiest.out());
    assertThat(rows).hasSize(11);
    assertThat(rows.get(2)).startsWith("USA", "United States", "PRK", "North Korea");
    assertThat(rows.get(2)).endsWith("108", "296.3", "2.743519");

    Cli.Result map = Cli.run("convert", day.toString(), "--to", "geojson");
    assertThat(map.exitCode()).isZero();
    assertThat(map.err())
        .contains("2,359 rows: 2,145 imported, 214 merged, 0 rejected; 0 warnings;")
        .contains(
            "2,143 events on the map (dataset codings) of 2,145 events; 2 events without coordinates left out");
    assertThat(JsonMapper.shared().readTree(map.out()).get("features")).hasSize(2143);
  }

  @Test
  void theSharedGdeltFileAccountsForEveryRow() throws Exception {
    Path file = SharedData.file("gdelt/20191024143000.export.CSV");
    Cli.Result run = Cli.run("convert", file.toString(), "--to", "csv", "--quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();
    long lines = Files.readAllLines(file).size();
    Cli.Result validate = Cli.run("validate", file.toString(), "--quiet");
    assertThat(validate.exitCode()).isZero();
    Cli.Result summary = Cli.run("convert", file.toString(), "--to", "ndjson");
    assertThat(summary.err())
        .contains(
            String.format("%s: %,d rows: %,d imported, 0 merged, 0 rejected;", file, lines, lines));
  }
}
