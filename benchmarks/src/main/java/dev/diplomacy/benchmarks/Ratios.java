package dev.diplomacy.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table of ratios of a JMH results file (JSON, {@code -rf json}): each case of the library
 * beside its baselines from the same run, as throughputs (a time per operation is turned into its
 * inverse), with the allocation per operation when the run had {@code -prof gc}.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.diplomacy.benchmarks.Ratios benchmarks/results.json
 * }</pre>
 */
public final class Ratios {

  /**
   * A row: the library's benchmark, its baselines (any may be absent), and the targets. The target
   * against the records applies to both records baselines: the one that reads enums in any case,
   * and the one that reads them in their exact case.
   */
  private record Case(
      String name,
      String library,
      @Nullable String records,
      @Nullable String recordsExact,
      @Nullable String rawScan,
      double recordsTarget,
      double rawTarget) {}

  private static final List<Case> CASES =
      List.of(
          new Case(
              "meeting: read",
              "MeetingBenchmark.readLibrary",
              "MeetingBenchmark.readRecords",
              "MeetingBenchmark.readRecordsExact",
              "MeetingBenchmark.readRawScan",
              0.8,
              0),
          new Case(
              "meeting: write",
              "MeetingBenchmark.writeLibrary",
              "MeetingBenchmark.writeRecords",
              null,
              null,
              0.9,
              0),
          new Case(
              "dossier: read",
              "DossierBenchmark.readLibrary",
              "DossierBenchmark.readRecords",
              "DossierBenchmark.readRecordsExact",
              "DossierBenchmark.readRawScan",
              0.8,
              0),
          new Case(
              "dossier: write",
              "DossierBenchmark.writeLibrary",
              "DossierBenchmark.writeRecords",
              null,
              null,
              0.9,
              0),
          new Case("dossier: validate", "DossierBenchmark.validateLibrary", null, null, null, 0, 0),
          new Case(
              "NDJSON, 100,000 events: read and validate (events/s)",
              "NdjsonBenchmark.readLibrary",
              "NdjsonBenchmark.readRecords",
              "NdjsonBenchmark.readRecordsExact",
              "NdjsonBenchmark.readRawScan",
              0.8,
              0.5),
          new Case(
              "NDJSON of a dossier, 100,000 events and their 12,000 actors and sources: read and validate (lines/s)",
              "NdjsonDossierBenchmark.readLibrary",
              null,
              null,
              "NdjsonDossierBenchmark.readRawScan",
              0,
              0.5),
          new Case(
              "NDJSON, 100,000 events, read as a dossier's lines (events/s)",
              "NdjsonDossierBenchmark.readEventsLibrary",
              null,
              null,
              "NdjsonBenchmark.readRawScan",
              0,
              0.5),
          new Case(
              "NDJSON, 1,000,000 events in -Xmx64m: read and validate (files/s)",
              "NdjsonHeapBenchmark.readLibrary",
              null,
              null,
              "NdjsonHeapBenchmark.readRawScan",
              0,
              0.5),
          new Case(
              "ICEWS import, the sample 10 times (23,590 rows): stream, against split and parse",
              "IcewsImportBenchmark.streamLibrary",
              null,
              null,
              "IcewsImportBenchmark.splitAndParse",
              0,
              0.5),
          new Case(
              "GDELT import, the shared file x 10 (21,110 rows): stream, against split and parse",
              "GdeltImportBenchmark.streamLibrary",
              null,
              null,
              "GdeltImportBenchmark.splitAndParse",
              0,
              0.5),
          new Case(
              "series, 1,000,000 rows by month between countries, against a HashMap grouping",
              "SeriesBenchmark.seriesLibrary",
              "SeriesBenchmark.groupHashMap",
              null,
              null,
              0,
              0),
          new Case(
              "name resolution, ICEWS sample's names",
              "NameResolutionBenchmark.resolveLibrary",
              "NameResolutionBenchmark.resolveHashMap",
              null,
              null,
              0,
              0));

  private Ratios() {}

  /** Prints the table of the results file named by the first argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Ratios <results.json>");
      System.exit(2);
    }
    System.out.print(table(Path.of(args[0])));
  }

  /** The table, in Markdown, of the results file {@code results}. */
  public static String table(Path results) throws IOException {
    Map<String, Result> byName = new LinkedHashMap<>();
    for (JsonNode node : JsonMapper.builder().build().readTree(Files.readString(results))) {
      Result r = Result.of(node);
      byName.put(r.shortName, r);
    }
    List<String> rows = new ArrayList<>();
    rows.add(
        "| case | library | records baseline | exact-match records | raw scan | library ÷ records | library ÷ exact-match records | library ÷ raw scan | library alloc/op | records alloc/op |");
    rows.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (Case c : CASES) {
      Result library = byName.get(c.library);
      if (library == null) {
        continue;
      }
      Result records = c.records == null ? null : byName.get(c.records);
      Result exact = c.recordsExact == null ? null : byName.get(c.recordsExact);
      Result raw = c.rawScan == null ? null : byName.get(c.rawScan);
      rows.add(
          String.join(
                  " | ",
                  "| " + c.name,
                  library.score(),
                  records == null ? "" : records.score(),
                  exact == null ? "" : exact.score(),
                  raw == null ? "" : raw.score(),
                  ratio(library, records, c.recordsTarget),
                  ratio(library, exact, c.recordsTarget),
                  ratio(library, raw, c.rawTarget),
                  library.allocation(),
                  records == null ? "" : records.allocation())
              + " |");
    }
    List<String> others = new ArrayList<>();
    for (Result r : byName.values()) {
      if (CASES.stream()
          .noneMatch(
              c ->
                  r.shortName.equals(c.library)
                      || r.shortName.equals(c.records)
                      || r.shortName.equals(c.recordsExact)
                      || r.shortName.equals(c.rawScan))) {
        others.add(r.shortName);
      }
    }
    String table = String.join("\n", rows) + "\n";
    return others.isEmpty()
        ? table
        : table + "\nNot in the table: " + String.join(", ", others) + "\n";
  }

  /** A case's ratio against the baseline its target is set for, with that target. */
  record TargetRatio(String name, double ratio, double target) {}

  /**
   * The ratio of each case of the results file {@code results} that has a target, against the
   * baseline the target is set for (the records, else the raw scan), in the order of the table.
   */
  static List<TargetRatio> targetRatios(Path results) throws IOException {
    Map<String, Result> byName = new LinkedHashMap<>();
    for (JsonNode node : JsonMapper.builder().build().readTree(Files.readString(results))) {
      Result r = Result.of(node);
      byName.put(r.shortName, r);
    }
    List<TargetRatio> out = new ArrayList<>();
    for (Case c : CASES) {
      Result library = byName.get(c.library);
      boolean onRecords = c.recordsTarget > 0;
      Result baseline =
          onRecords
              ? (c.records == null ? null : byName.get(c.records))
              : (c.rawScan == null ? null : byName.get(c.rawScan));
      double target = onRecords ? c.recordsTarget : c.rawTarget;
      if (library != null && baseline != null && target > 0) {
        out.add(new TargetRatio(c.name, library.throughput() / baseline.throughput(), target));
      }
    }
    return out;
  }

  private static String ratio(Result library, @Nullable Result baseline, double target) {
    if (baseline == null) {
      return "";
    }
    double ratio = library.throughput() / baseline.throughput();
    String text = String.format(Locale.ROOT, "%.2f×", ratio);
    if (target > 0) {
      text +=
          String.format(
              Locale.ROOT, " (target ≥ %.1f×: %s)", target, ratio >= target ? "met" : "**missed**");
    }
    return text;
  }

  /** One benchmark's result. */
  private static final class Result {
    final String shortName;
    final String mode;
    final double score;
    final double error;
    final String unit;
    final double bytesPerOp;

    private Result(
        String shortName, String mode, double score, double error, String unit, double bytesPerOp) {
      this.shortName = shortName;
      this.mode = mode;
      this.score = score;
      this.error = error;
      this.unit = unit;
      this.bytesPerOp = bytesPerOp;
    }

    static Result of(JsonNode node) {
      String benchmark = node.get("benchmark").asString();
      int method = benchmark.lastIndexOf('.');
      String shortName = benchmark.substring(benchmark.lastIndexOf('.', method - 1) + 1);
      JsonNode primary = node.get("primaryMetric");
      double bytes = Double.NaN;
      JsonNode secondary = node.get("secondaryMetrics");
      if (secondary != null) {
        for (Map.Entry<String, JsonNode> e : secondary.properties()) {
          if (e.getKey().endsWith("gc.alloc.rate.norm")) {
            bytes = e.getValue().get("score").asDouble();
          }
        }
      }
      double error =
          primary.get("scoreError").isNumber() ? primary.get("scoreError").asDouble() : Double.NaN;
      return new Result(
          shortName,
          node.get("mode").asString(),
          primary.get("score").asDouble(),
          error,
          primary.get("scoreUnit").asString(),
          bytes);
    }

    /** Operations per unit of time, whatever the mode. */
    double throughput() {
      return mode.equals("thrpt") ? score : 1 / score;
    }

    String score() {
      String value =
          score >= 100
              ? String.format(Locale.ROOT, "%,.0f", score)
              : String.format(Locale.ROOT, "%.3g", score);
      String plusMinus =
          Double.isNaN(error)
              ? ""
              : " ± "
                  + (error >= 100
                      ? String.format(Locale.ROOT, "%,.0f", error)
                      : String.format(Locale.ROOT, "%.2g", error));
      return value + plusMinus + " " + unit;
    }

    String allocation() {
      if (Double.isNaN(bytesPerOp)) {
        return "";
      }
      return bytesPerOp >= 10 * 1024
          ? String.format(Locale.ROOT, "%,.0f KB", bytesPerOp / 1024)
          : String.format(Locale.ROOT, "%,.0f B", bytesPerOp);
    }
  }
}
