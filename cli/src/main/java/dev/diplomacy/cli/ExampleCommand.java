package dev.diplomacy.cli;

import dev.diplomacy.examples.ReferenceArticleDossier;
import dev.diplomacy.json.DiplomacyJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code diplomacy example}: the reference article's dossier, as JSON. */
@Command(
    name = "example",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Writes the reference article's dossier as JSON.",
      "",
      "Writes the dossier of the reference article (KCNA on Kim Jong-un's greetings to Raúl Castro, as"
          + " reported by Breitbart News) as JSON to standard output: a valid dossier to try the other"
          + " commands on.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {"  diplomacy example | diplomacy validate -", "  diplomacy example > article.json"})
final class ExampleCommand extends Subcommand {

  @Option(names = "--pretty", description = "Indent the JSON, one property a line.")
  boolean pretty;

  @Override
  int run(Terminal terminal) throws InvalidInputException {
    Output.writeDossier(
        terminal, DiplomacyJson.strict(), ReferenceArticleDossier.dossier(), pretty, "example");
    return ExitCodes.OK;
  }
}
