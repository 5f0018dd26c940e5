package dev.diplomacy.cli;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.json.DiplomacyJson;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The one file a command reads as a dossier ({@code graph}, {@code timeline}, {@code convert}): its
 * name, {@code FILE} ({@code -} for standard input), with the format and strictness of {@link
 * InputOptions}.
 */
final class DossierFile {

  @Mixin InputOptions options = new InputOptions();

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "A dossier or NDJSON file; - reads standard input.")
  String file = Input.STDIN;

  /** The file, in the format asked for or found by its name. */
  Input input() {
    return options.input(file);
  }

  /** The reader: lenient with {@code --lenient}, strict otherwise. */
  DiplomacyJson json() {
    return options.json();
  }

  /**
   * The file read as a dossier: a dossier, its NDJSON (or NDJSON of events), or an import; refused
   * whole when any part of it is invalid.
   */
  Dossier read(Terminal terminal, boolean quiet) throws CliException, InvalidInputException {
    return input().readDossier(terminal, json(), quiet, false);
  }
}
