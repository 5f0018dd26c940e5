package dev.diplomacy.cli;

import dev.diplomacy.core.analysis.EventMap;
import dev.diplomacy.core.analysis.EventRow;
import dev.diplomacy.core.analysis.EventRows;
import dev.diplomacy.core.analysis.EventTable;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.DossierElement;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.interop.plover.PloverExport;
import dev.diplomacy.interop.plover.PloverExporter;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.NdjsonWriter;
import dev.diplomacy.json.format.DiplomacyJsonException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code diplomacy convert}: any input to a dossier's NDJSON, a dossier, PLOVER, a CSV table of
 * events or a GeoJSON map. NDJSON, CSV and GeoJSON are written as the input is read, in memory
 * bounded by its actors; a dossier and PLOVER are written once the whole input is read.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Converts a dossier, NDJSON, ICEWS, PLOVER or GDELT to NDJSON, a dossier, PLOVER, CSV or GeoJSON.",
      "",
      "Writes to standard output. --to ndjson writes a dossier's NDJSON: a header line (its format"
          + " version and title), then its actors, sources, relationships and events, one a line, so that"
          + " --to dossier gives back an equal dossier. --to csv writes a table of events, a header row"
          + " and one row per coding of each event (an ICEWS consultation listed twice has two rows);"
          + " --to geojson an RFC 7946 FeatureCollection of one Point per event with coordinates, its"
          + " properties the columns of the table. --codings says whose codings make the rows: the"
          + " dataset's own (ICEWS's CAMEO code and intensity, GDELT's EventCode and GoldsteinScale) or"
          + " the library's.",
      "",
      "ndjson, csv and geojson are written as the input is read, in memory bounded by its actors: an"
          + " ICEWS, PLOVER or GDELT file of any length converts with a small heap. A rejected row or"
          + " record, or a bad NDJSON line, stops the conversion there (exit code 1): the output then holds"
          + " whole lines of what came before, and the message says it is incomplete (GeoJSON is left"
          + " unclosed, so that no reader takes it for whole). With --skip-bad, such rows and lines are"
          + " reported and left out, and the summary says how many. An id used on two NDJSON lines is"
          + " known once every line is written: it is reported, and the exit code is 1. dossier and plover"
          + " read the whole input first, and refuse an input with any error unless --skip-bad.",
      "",
      "The summary on standard error accounts for every row of an import: read = imported + merged +"
          + " rejected, and the warnings.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  diplomacy convert dossier.json --to ndjson > dossier.ndjson",
      "  diplomacy convert dossier.ndjson --to dossier --pretty > dossier.json",
      "  diplomacy convert events.2018.tab --to ndjson > events.ndjson",
      "  diplomacy convert 20191024143000.export.CSV.zip --to csv > events.csv",
      "  diplomacy convert events.2018.tab --to geojson > events.geojson"
    })
final class ConvertCommand extends Subcommand {

  /** The format to convert to. */
  enum Target {
    /** A dossier's NDJSON: its header, then one element per line. */
    NDJSON,
    /** PLOVER JSON lines, one record for each event that has a PLOVER category. */
    PLOVER,
    /** One JSON document. */
    DOSSIER,
    /** A CSV table, one row per coding of each event ({@link EventTable}). */
    CSV,
    /** A GeoJSON FeatureCollection, one Point per event with coordinates ({@link EventMap}). */
    GEOJSON
  }

  @Mixin DossierFile input = new DossierFile();

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FORMAT",
      description =
          "ndjson, dossier, plover (PLOVER JSON lines), csv (a table of events) or geojson (a map of"
              + " events).")
  Target target = Target.NDJSON;

  @Option(
      names = {"--skip-bad", "--skip-invalid"},
      description =
          "Convert what can be read: rejected rows and records, bad lines and unreadable parts of the"
              + " input are reported and left out, and the summary says how many (exit code 0)."
              + " A dossier that cannot be read is still refused.")
  boolean skipBad;

  @Option(
      names = "--codings",
      paramLabel = "CODINGS",
      defaultValue = "dataset",
      description =
          "With --to csv or geojson: dataset (the codings the source dataset gave, where an event has"
              + " them) or library (the library's own); default: ${DEFAULT-VALUE}.")
  EventRows.Codings codings = EventRows.Codings.DATASET;

  @Option(
      names = "--pretty",
      description = "With --to dossier: indent the JSON, one property a line.")
  boolean pretty;

  @Override
  int run(Terminal terminal) throws CliException, InvalidInputException {
    Input in = input.input();
    DiplomacyJson json = input.json();
    if (target == Target.DOSSIER || target == Target.PLOVER) {
      Dossier dossier = in.readDossier(terminal, json, quiet(), skipBad);
      if (target == Target.DOSSIER) {
        Output.writeDossier(terminal, json, dossier, pretty, in.label());
        if (!quiet()) {
          terminal.err().println(Diagnostic.printable(in.label()) + ": " + dossierWritten(dossier));
        }
        return ExitCodes.OK;
      }
      return writePlover(terminal, dossier, in);
    }
    return stream(terminal, json, in);
  }

  /** What a dossier written holds: {@code a dossier written (3 actors, 12 events, ...)}. */
  static String dossierWritten(Dossier dossier) {
    return "a dossier written ("
        + Diagnostic.count(dossier.actors().size(), "actor")
        + ", "
        + Diagnostic.count(dossier.events().size(), "event")
        + ", "
        + Diagnostic.count(dossier.relationships().size(), "relationship")
        + ", "
        + Diagnostic.count(dossier.sources().size(), "source")
        + ")";
  }

  /** Writes NDJSON, CSV or GeoJSON as the input is read. */
  private int stream(Terminal terminal, DiplomacyJson json, Input in)
      throws CliException, InvalidInputException {
    Writer writer =
        switch (target) {
          case NDJSON -> new NdjsonOut(json, terminal);
          case CSV -> new CsvOut(terminal, EventRows.maker(codings));
          case GEOJSON -> new GeoJsonOut(terminal, EventRows.maker(codings));
          case DOSSIER, PLOVER -> throw new IllegalStateException("not streamed: " + target);
        };
    long[] duplicates = {0};
    Elements.Summary read;
    try {
      read =
          Elements.read(
              in,
              terminal,
              json,
              Progress.of(terminal, in.label(), "written", quiet()),
              !skipBad,
              writer,
              d -> {
                terminal.text().flush();
                if (d.code().equals(Input.DUPLICATE_ID)) {
                  duplicates[0]++;
                }
                if (d.isError() || !quiet()) {
                  terminal.err().println(d.toText());
                }
              });
    } catch (DiplomacyJsonException e) {
      throw Output.unwritable(in.label(), e);
    }
    String label = Diagnostic.printable(in.label());
    if (read.stopped()) {
      writer.stop();
      String where =
          read.firstError()
              .map(
                  d ->
                      (d.line().isPresent() ? " at line " + d.line().getAsLong() : "")
                          + " ("
                          + d.code()
                          + ")")
              .orElse("");
      terminal
          .err()
          .println(
              "diplomacy: "
                  + label
                  + ": stopped"
                  + where
                  + ": the output is incomplete ("
                  + writer.written()
                  + " before the error)"
                  + (skipBad ? "" : "; --skip-bad leaves out rejected rows and bad lines"));
      return ExitCodes.INVALID;
    }
    String left = writer.finish();
    if (duplicates[0] > 0) {
      terminal
          .err()
          .println(
              "diplomacy: "
                  + label
                  + ": "
                  + Diagnostic.count(duplicates[0], "line")
                  + " with an id used before, found once every line was written: the output holds"
                  + " them");
      return ExitCodes.INVALID;
    }
    if (!quiet()) {
      String skipped = read.skipped();
      terminal
          .err()
          .println(label + ": " + read.describe() + skipped + "; " + writer.written() + left);
    }
    return ExitCodes.OK;
  }

  /** Writes elements as they come, and says what it wrote. */
  private abstract static class Writer implements Elements.Sink {
    /** What was written so far: {@code 2,145 events written}. */
    abstract String written();

    /** Ends the output; returns what the summary adds about it (may be empty). */
    abstract String finish();

    /** Writes out what is written so far, whole lines, and leaves the output unended. */
    abstract void stop();
  }

  /** A dossier's NDJSON: the header (an empty one for imports), then every element. */
  private static final class NdjsonOut extends Writer {
    private final DiplomacyJson json;
    private final Terminal terminal;
    private @Nullable NdjsonWriter<DossierElement> writer;
    private long elements;
    private long events;

    NdjsonOut(DiplomacyJson json, Terminal terminal) {
      this.json = json;
      this.terminal = terminal;
    }

    @Override
    public void header(Dossier header) {
      open(header);
    }

    private NdjsonWriter<DossierElement> open(Dossier header) {
      if (writer == null) {
        terminal.text().flush();
        writer = NdjsonWriter.ofDossier(json, header, terminal.out());
      }
      return writer;
    }

    @Override
    public void element(DossierElement element, long line) {
      open(Dossier.builder().build()).write(element);
      elements++;
      if (element instanceof Event) {
        events++;
      }
    }

    @Override
    String written() {
      return String.format(
          Locale.ROOT,
          "%s written (%s)",
          Diagnostic.count(elements, "element"),
          Diagnostic.count(events, "event"));
    }

    @Override
    String finish() {
      open(Dossier.builder().build()).flush();
      return "";
    }

    @Override
    void stop() {
      if (writer != null) {
        writer.flush();
      }
    }
  }

  /** A CSV table: the header row, then one row per coding of each event. */
  private final class CsvOut extends Writer {
    private final Terminal terminal;
    private final EventRows.Maker maker;
    private long rows;
    private long events;

    CsvOut(Terminal terminal, EventRows.Maker maker) {
      this.terminal = terminal;
      this.maker = maker;
      EventTable.writeHeader(terminal.text());
    }

    @Override
    public void element(DossierElement element, long line) {
      List<EventRow> made = maker.rows(element);
      for (EventRow row : made) {
        EventTable.writeRow(terminal.text(), row);
      }
      rows += made.size();
      if (element instanceof Event) {
        events++;
      }
    }

    @Override
    String written() {
      return Diagnostic.count(rows, "row")
          + " written ("
          + codings
          + " codings) of "
          + Diagnostic.count(events, "event");
    }

    @Override
    String finish() {
      terminal.text().flush();
      return "";
    }

    @Override
    void stop() {
      terminal.text().flush();
    }
  }

  /** A GeoJSON FeatureCollection: one feature per event with coordinates. */
  private final class GeoJsonOut extends Writer {
    private final Terminal terminal;
    private final EventRows.Maker maker;
    private final EventMap.Writer map;
    private long events;

    GeoJsonOut(Terminal terminal, EventRows.Maker maker) {
      this.terminal = terminal;
      this.maker = maker;
      this.map = EventMap.writer(terminal.text());
    }

    @Override
    public void element(DossierElement element, long line) {
      maker.rows(element).forEach(map::add);
      if (element instanceof Event) {
        events++;
      }
    }

    @Override
    String written() {
      return Diagnostic.count(map.written(), "event") + " on the map (" + codings + " codings)";
    }

    @Override
    String finish() {
      long leftOut = map.finish();
      terminal.text().flush();
      return String.format(
          Locale.ROOT,
          " of %s; %s without coordinates left out",
          Diagnostic.count(events, "event"),
          Diagnostic.count(leftOut, "event"));
    }

    @Override
    void stop() {
      terminal.text().flush();
    }
  }

  /** Writes PLOVER JSON lines, and says on standard error which events PLOVER cannot hold. */
  private int writePlover(Terminal terminal, Dossier dossier, Input in) throws CliException {
    PloverExport export;
    try {
      export = PloverExporter.write(dossier, terminal.out());
    } catch (IOException e) {
      throw CliException.io(
          "cannot write: " + Diagnostic.printable(String.valueOf(e.getMessage())));
    }
    if (!quiet()) {
      for (PloverExport.NotExported n : export.notExported()) {
        terminal
            .err()
            .println(n.event() + ": " + n.code() + ": " + Diagnostic.printable(n.reason()));
      }
      terminal.err().println(Diagnostic.printable(in.label()) + ": " + export);
    }
    return ExitCodes.OK;
  }
}
