package dev.diplomacy.cli;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.interop.plover.PloverExport;
import dev.diplomacy.interop.plover.PloverExporter;
import dev.diplomacy.json.DiplomacyJson;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code diplomacy convert}: a dossier to NDJSON, NDJSON to a dossier, either to PLOVER. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Converts a dossier to NDJSON, or NDJSON to a dossier.",
      "",
      "Converts between a dossier and NDJSON, to standard output: --to ndjson writes the whole dossier,"
          + " a header line (its format version and title), then its actors, sources, relationships and"
          + " events, one a line; --to dossier writes the dossier an NDJSON file holds (an NDJSON file of"
          + " events gives a dossier of its events), so a dossier comes back equal. An input with an error"
          + " (an invalid document or line, an id used on two lines, a rejected row or record, a problem"
          + " of the whole input) is reported, not converted, unless --skip-invalid.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  diplomacy convert dossier.json --to ndjson > dossier.ndjson",
      "  diplomacy convert dossier.ndjson --to dossier --pretty > dossier.json"
    })
final class ConvertCommand extends Subcommand {

  /** The format to convert to. */
  enum Target {
    /** A dossier's NDJSON: its header, then one element per line. */
    NDJSON,
    /** PLOVER JSON lines, one record for each event that has a PLOVER category. */
    PLOVER,
    /** One JSON document. */
    DOSSIER
  }

  @Mixin DossierFile input = new DossierFile();

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FORMAT",
      description = "ndjson, dossier or plover (PLOVER JSON lines).")
  Target target = Target.NDJSON;

  @Option(
      names = "--skip-invalid",
      description =
          "Convert what can be read: the bad lines, rejected rows and records and unreadable parts of"
              + " the input are reported and left out, and a summary says what was skipped (exit code 0)."
              + " A dossier that cannot be read is still refused.")
  boolean skipInvalid;

  @Option(
      names = "--pretty",
      description = "With --to dossier: indent the JSON, one property a line.")
  boolean pretty;

  @Override
  int run(Terminal terminal) throws CliException, InvalidInputException {
    Input in = input.input();
    DiplomacyJson json = input.json();
    Dossier dossier = in.readDossier(terminal, json, quiet(), skipInvalid);
    if (target == Target.DOSSIER) {
      Output.writeDossier(terminal, json, dossier, pretty, in.label());
      return ExitCodes.OK;
    }
    if (target == Target.PLOVER) {
      return writePlover(terminal, dossier, in);
    }
    Output.writeNdjson(
        terminal, json, dossier, Progress.of(terminal, in.label(), "written", quiet()), in.label());
    return ExitCodes.OK;
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
