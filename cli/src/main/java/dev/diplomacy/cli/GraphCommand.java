package dev.diplomacy.cli;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.render.DotGraph;
import dev.diplomacy.core.render.MermaidGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diplomacy graph}: who deals with whom, as a Mermaid or Graphviz DOT graph. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Draws who deals with whom, in Mermaid or Graphviz DOT.",
      "",
      "Prints the actors of a dossier (or of an NDJSON file) and their interactions as a graph, edges"
          + " labelled by kind and date: Mermaid (for Markdown pages) or Graphviz DOT (dot -Tsvg).",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {"  diplomacy graph --format dot dossier.json | dot -Tsvg > dossier.svg"})
final class GraphCommand extends Subcommand {

  /** The language of the graph. */
  enum Format {
    /** A Mermaid flowchart. */
    MERMAID,
    /** A Graphviz DOT digraph. */
    DOT
  }

  @Mixin InputOptions input = new InputOptions();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "mermaid",
      description = "mermaid or dot (default: ${DEFAULT-VALUE}).")
  Format format = Format.MERMAID;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "A dossier or NDJSON file; - reads standard input.")
  String file = Input.STDIN;

  @Override
  int run(Terminal terminal) throws CliException, InvalidInputException {
    Dossier dossier = input.input(file).readDossier(terminal, input.json(), quiet(), false);
    terminal.text().print(format == Format.DOT ? DotGraph.of(dossier) : MermaidGraph.of(dossier));
    return ExitCodes.OK;
  }
}
