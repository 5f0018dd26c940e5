package dev.diplomacy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.render.MermaidGraph;
import dev.diplomacy.core.render.Timeline;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceArticleTest {

  /** What {@code main} prints, read as UTF-8. */
  static String runMain() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.ISO_8859_1)) {
      // The capture's own charset must not matter: main writes UTF-8 whatever System.out uses.
      System.setOut(capture);
      ReferenceArticle.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  final String output = runMain();
  final List<String> lines = Arrays.asList(output.split("\n"));

  @Test
  void theSectionsComeInOrder() {
    assertThat(lines)
        .containsSubsequence(
            "# Kim Jong-Un Exchanges 'Wholehearted Greetings' with Cuba's Raul Castro",
            "## Validation",
            "## JSON",
            "## Who met, wrote to, visited or pledged support to whom",
            "## Timeline",
            "## Graph",
            "```mermaid",
            "flowchart LR");
    assertThat(output).endsWith("```\n");
  }

  @Test
  void theDossierSurvivesAJsonRoundTrip() {
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("Written as ")
                    .endsWith("read back: equal to the dossier built."));
  }

  @Test
  void theDossierIsValid() {
    assertThat(lines)
        .contains(
            "0 findings (0 errors, 0 warnings) in 25 actors, 18 events, 4 relationships and 3 sources.");
  }

  @Test
  void theSummarySaysWhoMetWroteToVisitedAndPledgedSupportToWhom() {
    assertThat(lines)
        .containsSubsequence(
            "Who met whom:",
            "  Raúl Castro met Ri Su-yong: 2018-07-05",
            "Who wrote to whom:",
            "  Kim Jong-un wrote to Raúl Castro: greetings 2018-07-05 via Ri Su-yong, letter 2018-07-05 via Ri Su-yong",
            "Who visited whom:",
            "  Fidel Castro visited North Korea: 1986",
            "Who pledged support to whom:",
            "  North Korea pledged support to Nicolás Maduro: 2018-03");
  }

  @Test
  void theTimelineAndGraphAreTheLibrarysOwn() {
    assertThat(output)
        .contains(Timeline.of(ReferenceArticleDossier.dossier()))
        .contains("```mermaid\n" + MermaidGraph.of(ReferenceArticleDossier.dossier()) + "```\n");
    assertThat(lines)
        .contains(
            "2018-07-05  meeting            Raúl Castro received Ri Su-yong in Havana (friendly)  [kcna-2018-07-09, breitbart-kim-castro-greetings]",
            "    kim_jong_un -->|\"greetings 2018-07-05 via Ri Su-yong\"| raul_castro");
  }

  @Test
  void namesInOtherScriptsAndAccentsSurviveTheConsole() {
    assertThat(output).contains("Raúl Castro", "Nicolás Maduro").doesNotContain("Ra?l", "\uFFFD");
  }
}
