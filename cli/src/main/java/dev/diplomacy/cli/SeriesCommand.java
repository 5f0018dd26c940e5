package dev.diplomacy.cli;

import dev.diplomacy.core.analysis.Csv;
import dev.diplomacy.core.analysis.DyadSeries;
import dev.diplomacy.core.analysis.EventRow;
import dev.diplomacy.core.analysis.EventRows;
import dev.diplomacy.core.analysis.Period;
import dev.diplomacy.core.codes.CameoCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code diplomacy series}: events counted and weighed by directed dyad and period ({@link
 * DyadSeries}), as CSV or an SVG line chart, read as a stream from any input.
 */
@Command(
    name = "series",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Counts and weighs events by directed dyad and period, as CSV or an SVG chart.",
      "",
      "Reads a dossier, NDJSON, ICEWS, PLOVER or GDELT as a stream and counts every coding of every"
          + " event by its directed dyad (source to target: countries, or actors) and period: the codings in"
          + " each quad class, in all, and the sum and mean of their Goldstein scores. --codings says whose"
          + " codings count: the dataset's own (ICEWS's CAMEO code and intensity, GDELT's EventCode and"
          + " GoldsteinScale; the default) or the library's.",
      "",
      "CSV (the default) has a header row and one row per dyad and period; --format svg draws the mean"
          + " Goldstein score of the --lines busiest dyads over the periods. --dyad keeps the two directions"
          + " of one dyad, --top the busiest dyads (busiest first), --per root adds a first column, the"
          + " CAMEO root, and counts each root apart. Standard error says how many codings were left out of"
          + " every dyad, and why (no date, a date less precise than the period, one side only, no"
          + " country). A rejected row or bad line refuses the input (exit code 1) unless --skip-bad.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  diplomacy series events.2018.tab --by month > monthly.csv",
      "  diplomacy series events.2018.tab --by day --dyad USA,PRK --per root",
      "  diplomacy series events.2018.tab --by year --top 10",
      "  diplomacy series 20191024143000.export.CSV --format svg --lines 5 > chart.svg"
    })
final class SeriesCommand extends Subcommand {

  /** The output. */
  enum Format {
    /** CSV with a header row. */
    CSV,
    /** An SVG line chart of the mean Goldstein score. */
    SVG
  }

  /** What else to count apart. */
  enum Per {
    /** The root of the CAMEO code: {@code 04} for {@code 043}. */
    ROOT
  }

  /** The column of {@code --per root}: the CAMEO root, empty for a coding without a code. */
  static final String ROOT_COLUMN = "root";

  @Mixin DossierFile input = new DossierFile();

  @Option(
      names = "--by",
      paramLabel = "PERIOD",
      defaultValue = "month",
      description = "day, week (ISO), month or year (default: ${DEFAULT-VALUE}).")
  Period period = Period.MONTH;

  @Option(
      names = "--between",
      paramLabel = "DYADS",
      defaultValue = "countries",
      description =
          "countries (an actor's country, whatever its kind) or actors (by id); default:"
              + " ${DEFAULT-VALUE}.")
  DyadSeries.Dyads dyads = DyadSeries.Dyads.COUNTRIES;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "csv",
      description = "csv or svg (default: ${DEFAULT-VALUE}).")
  Format format = Format.CSV;

  @Option(
      names = "--lines",
      paramLabel = "N",
      defaultValue = "5",
      description = "With --format svg: the N busiest dyads are drawn (default: ${DEFAULT-VALUE}).")
  int lines = 5;

  @Option(
      names = "--codings",
      paramLabel = "CODINGS",
      defaultValue = "dataset",
      description =
          "dataset (the codings the source dataset gave, where an event has them) or library (the"
              + " library's own); default: ${DEFAULT-VALUE}.")
  EventRows.Codings codings = EventRows.Codings.DATASET;

  @Option(
      names = "--dyad",
      paramLabel = "A,B",
      split = ",",
      description =
          "Only the dyad of A and B, both directions: two ISO alpha-3 codes (USA,PRK), or two actor"
              + " ids with --between actors.")
  List<String> dyad = new ArrayList<>();

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "Only the N busiest dyads (most codings), busiest first.")
  @Nullable Integer top;

  @Option(
      names = "--per",
      paramLabel = "WHAT",
      description = "root: count each CAMEO root apart, in a first column, root.")
  @Nullable Per per;

  @Option(
      names = {"--skip-bad", "--skip-invalid"},
      description =
          "Count what can be read: rejected rows and records and bad lines are reported and left out,"
              + " and the summary says how many.")
  boolean skipBad;

  @Override
  int run(Terminal terminal) throws CliException, InvalidInputException {
    checkOptions();
    Input in = input.input();
    EventRows.Maker maker = EventRows.maker(codings);
    Map<String, DyadSeries.Accumulator> series = new TreeMap<>();
    long[] codingsRead = {0};
    Elements.Summary read =
        Elements.read(
            in,
            terminal,
            input.json(),
            Progress.of(terminal, in.label(), "counted", quiet()),
            !skipBad,
            (element, line) -> {
              for (EventRow row : maker.rows(element)) {
                String key = per == null ? "" : row.root().map(CameoCode::code).orElse("");
                series.computeIfAbsent(key, k -> DyadSeries.accumulator(period, dyads)).add(row);
                codingsRead[0]++;
              }
            },
            d -> {
              if (d.isError() || !quiet()) {
                terminal.err().println(d.toText());
              }
            });
    String label = Diagnostic.printable(in.label());
    if (read.errors() > 0 && !skipBad) {
      terminal
          .err()
          .println(
              "diplomacy: "
                  + label
                  + ": refused for the error above: nothing counted; --skip-bad leaves out rejected"
                  + " rows and bad lines");
      return ExitCodes.INVALID;
    }
    if (read.stopped()) {
      terminal
          .err()
          .println("diplomacy: " + label + ": stopped at the error above: nothing counted");
      return ExitCodes.INVALID;
    }
    Map<String, DyadSeries> results = new TreeMap<>();
    series.forEach((k, a) -> results.put(k, a.result()));
    Predicate<DyadSeries.Point> kept = kept(results);
    long points = 0;
    if (format == Format.SVG) {
      DyadSeries all = results.getOrDefault("", DyadSeries.accumulator(period, dyads).result());
      terminal.text().print(all.svg(lines));
      points = all.points().size();
    } else {
      points = writeCsv(terminal, results, kept);
    }
    terminal.text().flush();
    if (!quiet()) {
      terminal.err().println(summary(label, read, codingsRead[0], results, points));
    }
    return ExitCodes.OK;
  }

  private void checkOptions() throws CliException {
    if (!dyad.isEmpty() && dyad.size() != 2) {
      throw usage("--dyad takes two parties, A,B (USA,PRK), not " + dyad.size());
    }
    if (format == Format.SVG && (per != null || !dyad.isEmpty() || top != null)) {
      throw usage(
          "--per, --dyad and --top are for CSV; --format svg draws the --lines busiest dyads");
    }
    if (lines < 1 || top != null && top < 1) {
      throw usage("--lines and --top take a number from 1");
    }
  }

  private static CliException usage(String message) {
    return new CliException(
        ExitCodes.USAGE_OR_IO, message + "; try 'diplomacy series --help' for more information");
  }

  /** The points written: of the dyad asked for, or of the busiest dyads; all otherwise. */
  private Predicate<DyadSeries.Point> kept(Map<String, DyadSeries> results) {
    if (!dyad.isEmpty()) {
      String a = dyad.get(0).strip();
      String b = dyad.get(1).strip();
      return p ->
          p.source().key().equalsIgnoreCase(a) && p.target().key().equalsIgnoreCase(b)
              || p.source().key().equalsIgnoreCase(b) && p.target().key().equalsIgnoreCase(a);
    }
    return p -> true;
  }

  /** Writes the CSV; returns how many rows it has, the header aside. */
  private long writeCsv(
      Terminal terminal, Map<String, DyadSeries> results, Predicate<DyadSeries.Point> kept) {
    List<String> header = new ArrayList<>();
    if (per != null) {
      header.add(ROOT_COLUMN);
    }
    header.addAll(DyadSeries.CSV_HEADER);
    Csv.record(terminal.text(), header);
    long written = 0;
    for (Map.Entry<String, DyadSeries> e : results.entrySet()) {
      List<DyadSeries.Point> points =
          e.getValue().points().stream().filter(kept).collect(Collectors.toList());
      if (top != null) {
        List<Map.Entry<DyadSeries.Party, DyadSeries.Party>> busiest = e.getValue().busiest(top);
        points =
            points.stream()
                .filter(p -> busiest.contains(Map.entry(p.source(), p.target())))
                .sorted(
                    Comparator.comparingInt(
                            (DyadSeries.Point p) ->
                                busiest.indexOf(Map.entry(p.source(), p.target())))
                        .thenComparing(DyadSeries.Point::start))
                .toList();
      }
      for (DyadSeries.Point p : points) {
        List<String> fields = new ArrayList<>();
        if (per != null) {
          fields.add(e.getKey());
        }
        fields.addAll(DyadSeries.fields(p));
        Csv.record(terminal.text(), fields);
        written++;
      }
    }
    return written;
  }

  /**
   * What was read and counted: {@code day.tab: 2,359 rows: ...; 2,359 codings (dataset): 2,300 in
   * dyads, left out: 40 no country, 19 one sided; 12 rows written}.
   */
  private String summary(
      String label,
      Elements.Summary read,
      long codingsRead,
      Map<String, DyadSeries> results,
      long points) {
    Map<DyadSeries.LeftOut, Long> leftOut = new TreeMap<>();
    results.values().forEach(s -> s.leftOut().forEach((k, v) -> leftOut.merge(k, v, Long::sum)));
    long out = leftOut.values().stream().mapToLong(Long::longValue).sum();
    String reasons =
        leftOut.isEmpty()
            ? "none left out"
            : "left out of every dyad: "
                + leftOut.entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%,d (%s)", e.getValue(), e.getKey()))
                    .collect(Collectors.joining(", "));
    String skipped = read.skipped();
    return String.format(
        Locale.ROOT,
        "%s: %s%s; %s (%s codings): %,d in dyads, %s; %s",
        label,
        read.describe(),
        skipped,
        Diagnostic.count(codingsRead, "coding"),
        codings,
        codingsRead - out,
        reasons,
        format == Format.SVG
            ? Math.min(lines, busiestCount(results))
                + " busiest dyads drawn of "
                + points
                + " points"
            : Diagnostic.count(points, "row") + " written");
  }

  private static int busiestCount(Map<String, DyadSeries> results) {
    DyadSeries all = results.get("");
    return all == null ? 0 : all.busiest(Integer.MAX_VALUE).size();
  }
}
