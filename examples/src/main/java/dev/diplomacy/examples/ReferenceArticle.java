package dev.diplomacy.examples;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.ValidationReport;
import dev.diplomacy.core.render.InteractionSummary;
import dev.diplomacy.core.render.MermaidGraph;
import dev.diplomacy.core.render.Timeline;
import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.json.DiplomacyJson;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The reference article, end to end: builds its dossier ({@link ReferenceArticleDossier}),
 * validates it, writes it as JSON and reads it back (checking that nothing was lost), and prints
 * who met, wrote to, visited or pledged support to whom, the timeline, and the Mermaid graph of its
 * actors and interactions, as a Markdown document in UTF-8.
 *
 * <p>Run it with {@code mvn -B -q -pl examples -am package -DskipTests exec:java}.
 */
public final class ReferenceArticle {

  private ReferenceArticle() {}

  /**
   * Prints the reference article's dossier to standard output, in UTF-8; the arguments are ignored.
   */
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
    out.println("## JSON");
    out.println();
    out.println(jsonRoundTrip(dossier));
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

  /**
   * Writes the dossier as JSON, reads it back strictly, and says whether the two are equal: the
   * library's promise that nothing is lost.
   */
  static String jsonRoundTrip(Dossier dossier) {
    String json = DiplomacyJson.strict().write(dossier);
    Dossier back = DiplomacyJson.strict().read(json, Dossier.class);
    if (!back.equals(dossier)) {
      throw new IllegalStateException(
          "the dossier read back from JSON differs from the one written");
    }
    return "Written as "
        + json.getBytes(StandardCharsets.UTF_8).length
        + " bytes of JSON (format "
        + dossier.formatVersion()
        + ") and read back: equal to the dossier built.";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
