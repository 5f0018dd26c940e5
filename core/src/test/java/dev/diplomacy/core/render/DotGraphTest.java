package dev.diplomacy.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.dossier.Dossier;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotGraphTest {

  @TempDir Path dir;

  @Test
  void aSmallDossierGivesThisExactDigraph() {
    assertThat(DotGraph.of(RenderFixtures.small()))
        .isEqualTo(
            "digraph dossier {\n"
                + "    rankdir=LR;\n"
                + "    \"kim-jong-un\" [label=\"Kim Jong-un\", shape=ellipse];\n"
                + "    \"ri-su-yong\" [label=\"Ri Su-yong\", shape=ellipse];\n"
                + "    \"raul-castro\" [label=\"Raúl Castro\", shape=ellipse];\n"
                + "    \"north-korea\" [label=\"North Korea\", shape=hexagon];\n"
                + "    \"cuba\" [label=\"Cuba\", shape=hexagon];\n"
                + "    \"raul-castro\" -> \"kim-jong-un\" [label=\"praise\"];\n"
                + "    \"raul-castro\" -> \"ri-su-yong\" [label=\"meeting 2018-07-05\"];\n"
                + "    \"kim-jong-un\" -> \"raul-castro\" [label=\"greetings 2018-07-05 via Ri Su-yong\"];\n"
                + "    \"north-korea\" -> \"cuba\" [label=\"support pledge 2018-03 (claimed)\"];\n"
                + "    \"cuba\" -> \"north-korea\" [label=\"alliance since the onset of the Cold War\", dir=none, style=dotted];\n"
                + "}\n");
  }

  @Test
  void quotesAndBackslashesAreEscapedAndNamesKeptInTheirScript() {
    String text = DotGraph.of(RenderFixtures.awkward());
    assertThat(text)
        .contains("    \"ri\" [label=\"Ri \\\"Su-yong\\\"\", shape=ellipse];\n")
        .contains("    \"kim\" [label=\"김정은\", shape=ellipse];\n")
        .contains(
            "    \"bank\" [label=\"Bank #1; [A] & <B> | back\\\\slash `x` {y} (z)\", shape=box];\n")
        .contains("    \"ghost\" [label=\"ghost\", shape=box, style=dashed];\n")
        .contains("    \"ri\" -> \"kim\" [label=\"meeting 2018-07-05\", dir=none];\n")
        .contains(
            "    \"raul\" -> \"kim\" [label=\"friendship since the \\\"old\\\" days; before #1 (disputed)\", dir=none, style=dotted];\n");
  }

  @Test
  void twoEqualDossiersBuiltApartGiveIdenticalText() {
    // Determinism on purpose: each call builds new objects, so an order taken from identity
    // hashes or from a hash set's iteration would differ between the two texts.
    String text = DotGraph.of(RenderFixtures.everyKind());
    assertThat(text).isEqualTo(DotGraph.of(RenderFixtures.everyKind()));
    // Independently of the second render: the edges come in the dossier's order of events.
    assertThat(text).containsSubsequence(RenderFixtures.EVERY_KIND_LABELS_IN_ORDER);
  }

  @Test
  void graphvizReadsEveryGraph() throws Exception {
    for (Dossier dossier :
        new Dossier[] {
          RenderFixtures.small(),
          RenderFixtures.awkward(),
          RenderFixtures.everyKind(),
          Dossier.builder().build()
        }) {
      String svg = dot(DotGraph.of(dossier));
      assertThat(svg).contains("<svg");
    }
    String svg = dot(DotGraph.of(RenderFixtures.awkward()));
    // Graphviz writes the labels back as they were meant, in XML: the escaping did not change them.
    assertThat(svg)
        .contains(">김정은<", ">Raúl Castro<", ">Ri &quot;Su&#45;yong&quot;<")
        .contains(">Bank #1; [A] &amp; &lt;B&gt; | back\\slash `x` {y} (z)<")
        .contains(">friendship since the &quot;old&quot; days; before #1 (disputed)<");
  }

  /** The SVG that Graphviz makes of the text; skips the test when Graphviz is not installed. */
  private String dot(String text) throws IOException, InterruptedException {
    assumeDot();
    Path input = dir.resolve("graph.dot");
    Files.writeString(input, text, StandardCharsets.UTF_8);
    Path errors = dir.resolve("dot.err");
    Process process =
        new ProcessBuilder("dot", "-Tsvg", input.toString()).redirectError(errors.toFile()).start();
    byte[] out;
    try (InputStream stdout = process.getInputStream()) {
      out = stdout.readAllBytes();
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(errors, StandardCharsets.UTF_8)).as("dot's messages").isEmpty();
    assertThat(process.exitValue()).as("dot's exit code").isZero();
    return new String(out, StandardCharsets.UTF_8);
  }

  /**
   * Skips the test when Graphviz's dot is not installed, but fails it where the build requires
   * Graphviz (the environment variable DIPLOMACY_REQUIRE_GRAPHVIZ, which CI sets): there, the DOT
   * text must be checked.
   */
  private static void assumeDot() {
    boolean installed = dotInstalled();
    String message =
        "Graphviz's dot is not installed (apt-get install graphviz): the DOT text is not checked by"
            + " Graphviz";
    if (System.getenv("DIPLOMACY_REQUIRE_GRAPHVIZ") != null) {
      assertThat(installed).as(message + ", and DIPLOMACY_REQUIRE_GRAPHVIZ requires it").isTrue();
    }
    Assumptions.assumeTrue(installed, message);
  }

  private static boolean dotInstalled() {
    try {
      Process process = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
      try (OutputStream stdin = process.getOutputStream()) {
        stdin.flush();
      }
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
