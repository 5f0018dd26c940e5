package dev.diplomacy.cli;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.render.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code diplomacy timeline}: a dossier's events in the order they happened, as text. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Prints a dossier's events in the order they happened.",
      "",
      "Prints the events of a dossier (or of an NDJSON file) in the order they happened, one a line,"
          + " with their date as precise as the source gives it.",
      ""
    })
final class TimelineCommand extends Subcommand {

  @Mixin InputOptions input = new InputOptions();

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "A dossier or NDJSON file; - reads standard input.")
  String file = Input.STDIN;

  @Override
  int run(Terminal terminal) throws CliException, InvalidInputException {
    Dossier dossier = input.input(file).readDossier(terminal, input.json(), quiet(), false);
    terminal.text().print(Timeline.of(dossier));
    return ExitCodes.OK;
  }
}
