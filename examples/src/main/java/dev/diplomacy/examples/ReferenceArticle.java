package dev.diplomacy.examples;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.ValidationReport;
import dev.diplomacy.core.render.InteractionSummary;
import dev.diplomacy.core.render.MermaidGraph;
import dev.diplomacy.core.render.Timeline;
import dev.diplomacy.core.validation.Finding;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The reference article, end to end: builds its dossier ({@link ReferenceArticleDossier}),
 * validates it, and prints who met, wrote to, visited or pledged support to whom, the timeline,
 * and the Mermaid graph of its actors and interactions, as a Markdown document in UTF-8.
 *
 * <p>Run it with {@code mvn -B -q -pl examples -am compile exec:java}. Writing the dossier as JSON
 * and reading it back is not part of it yet: that step comes with the JSON binding.
 */
public final class ReferenceArticle {

  private ReferenceArticle() {}

  /** Prints the reference article's dossier to standard output, in UTF-8; the arguments are ignored. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    print(ReferenceArticleDossier.dossier(), out);
    out.flush();
  }

  /** Prints the validation, summary, timeline and graph of the dossier, each under a heading. */
  static void print(Dossier dossier, PrintStream out) {
    out.println("# " + dossier.title().orElse("A dossier"));
    out.println();
    out.println("## Validation");
    out.println();
    ValidationReport report = dossier.validate();
    out.println(
        count(report.findings().size(), "finding")
            + " ("
            + count(report.errors().size(), "error")
            + ", "
            + count(report.warnings().size(), "warning")
            + ") in "
            + count(dossier.actors().size(), "actor")
            + ", "
            + count(dossier.events().size(), "event")
            + ", "
            + count(dossier.relationships().size(), "relationship")
            + " and "
            + count(dossier.sources().size(), "source")
            + ".");
    for (Finding finding : report.findings()) {
      out.println("- " + finding);
    }
    out.println();
    out.println("## Who met, wrote to, visited or pledged support to whom");
    out.println();
    out.println("```text");
    out.print(InteractionSummary.of(dossier));
    out.println("```");
    out.println();
    out.println("## Timeline");
    out.println();
    out.println("```text");
    out.print(Timeline.of(dossier));
    out.println("```");
    out.println();
    out.println("## Graph");
    out.println();
    out.println("```mermaid");
    out.print(MermaidGraph.of(dossier));
    out.println("```");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
