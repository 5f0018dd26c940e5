package dev.diplomacy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.render.DotGraph;
import dev.diplomacy.core.render.InteractionSummary;
import dev.diplomacy.core.render.MermaidGraph;
import dev.diplomacy.core.render.Timeline;
import dev.diplomacy.core.time.PartialDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderers of the core library on the reference article's dossier. */
class ReferenceArticleRenderingTest {

  final Dossier dossier = ReferenceArticleDossier.dossier();
  final List<String> timeline = Arrays.asList(Timeline.of(dossier).split("\n"));

  @Test
  void theTwelveFactsOfTheArticleAreInTheTimeline() {
    String[][] facts = {
      /* 1 */ {
        "2018-05-31  meeting            Kim Jong-un received Sergei Lavrov in Pyongyang  [tass-photo-lavrov-kim"
      },
      /* 2 */ {
        "2018-07-05  meeting            Raúl Castro received Ri Su-yong in Havana (friendly)"
      },
      /* 3 */ {
        "2018-07-05  greetings          Kim Jong-un sent greetings to Raúl Castro via Ri Su-yong: \"warm greetings\"",
        "2018-07-05  letter             Kim Jong-un sent an oral letter to Raúl Castro via Ri Su-yong"
      },
      /* 4 */ {
        "2018-07-05  thanks             Raúl Castro sent thanks to Kim Jong-un via Ri Su-yong in reply to Kim Jong-un's letter",
        "2018-07-05  greetings          Raúl Castro sent greetings to Kim Jong-un via Ri Su-yong in reply to Kim Jong-un's"
            + " greetings: \"his most wholehearted greetings\""
      },
      /* 5 */ {
        "alliance           Cuba and North Korea: alliance since the onset of the Cold War, based on anti-Americanism"
      },
      /* 6 */ {"1986        visit              Fidel Castro visited North Korea in Pyongyang"},
      /* 7 */ {
        "praise             Fidel Castro praised Kim Il-sung: \"a veteran and irreproachable combatant\"",
        "material transfer  Kim Il-sung provided 100,000 AK-47 rifles and ammunition for the rifles to Cuba, free of"
            + " charge (claimed)"
      },
      /* 8 */ {
        "2016        mourning           North Korea declared 3 days of mourning for Fidel Castro",
        "2016        delegation         North Korea sent a delegation to Cuba for the funeral of Fidel Castro",
        "2016        condolence visit   Kim Jong-un visited Embassy of Cuba in Pyongyang (condolence visit)"
      },
      /* 9 */ {
        "2018-03     support pledge     North Korea pledged political support to Nicolás Maduro before the presidential"
            + " election in Venezuela: \"firm support and solidarity\"",
        "criticism          Breitbart News criticised Nicolás Maduro: \"fraudulent\""
      },
      /* 10 */ {
        "2018-04     support pledge     North Korea pledged support to Syrian Arab Army in Syria's civil war: \"all sorts of"
            + " support\"",
        "2018-04     vow                Bashar al-Assad made a vow about Syria and North Korea: \"solid and deep-rooted"
            + " foundations of friendship and cooperation\""
      },
      /* 11 */ {
        "partnership        North Korea and DR Congo: partnership",
        "partnership        North Korea and Uganda: partnership",
        "partnership        North Korea and Zimbabwe: partnership",
        "CAMEO 06           North Korea: allegedly involved in the ivory trade to earn hard currency (alleged)"
      },
      /* 12 */ {"CAMEO 163          North Korea: faces economic sanctions and political isolation"}
    };
    for (int i = 0; i < facts.length; i++) {
      for (String fact : facts[i]) {
        assertThat(timeline).as("fact %d", i + 1).anyMatch(line -> line.contains(fact));
      }
    }
    assertThat(timeline).hasSize(dossier.events().size() + dossier.relationships().size() + 1);
  }

  @Test
  void datedEntriesAreInOrderAndUndatedOnesLast() {
    int undated = timeline.indexOf("undated");
    assertThat(undated).isEqualTo(13);
    List<PartialDate> dates = new ArrayList<>();
    for (String line : timeline.subList(0, undated)) {
      dates.add(PartialDate.parse(line.substring(0, line.indexOf(' ')).split("/")[0]));
    }
    assertThat(dates).isSorted();
    assertThat(dates.get(0)).isEqualTo(PartialDate.ofYear(1986));
    assertThat(timeline.subList(undated + 1, timeline.size()))
        .allMatch(line -> line.startsWith("            "));
    // The talks of 5 July come before the messages exchanged there, in the article's order.
    assertThat(timeline.subList(8, 13))
        .extracting(line -> line.substring(12, 30).trim())
        .containsExactly("meeting", "greetings", "letter", "thanks", "greetings");
  }

  @Test
  void theSummaryOfTheArticle() {
    assertThat(InteractionSummary.of(dossier).lines())
        .containsExactly(
            "Who met whom:",
            "  Kim Jong-un met Sergei Lavrov: 2018-05-31",
            "  Raúl Castro met Ri Su-yong: 2018-07-05",
            "Who wrote to whom:",
            "  Kim Jong-un wrote to Raúl Castro: greetings 2018-07-05 via Ri Su-yong, letter 2018-07-05 via Ri Su-yong",
            "  Raúl Castro wrote to Kim Jong-un: thanks 2018-07-05 via Ri Su-yong, greetings 2018-07-05 via Ri Su-yong",
            "Who visited whom:",
            "  Fidel Castro visited North Korea: 1986",
            "  Kim Jong-un visited Embassy of Cuba in Pyongyang: condolence visit 2016",
            "Who pledged support to whom:",
            "  North Korea pledged support to Nicolás Maduro: 2018-03",
            "  North Korea pledged support to Syrian Arab Army: 2018-04",
            "Who sent a delegation to whom:",
            "  North Korea sent a delegation to Cuba: 2016",
            "Who provided material to whom:",
            "  Kim Il-sung provided material to Cuba: undated (claimed)",
            "Who declared mourning for whom:",
            "  North Korea declared mourning for Fidel Castro: 2016",
            "Who made a statement about whom:",
            "  Fidel Castro made a statement about Kim Il-sung: praise",
            "  Breitbart News made a statement about Nicolás Maduro: criticism",
            "  Bashar al-Assad made a statement about Syria: vow 2018-04",
            "  Bashar al-Assad made a statement about North Korea: vow 2018-04");
  }

  private static final String ID = "[A-Za-z_][A-Za-z0-9_]*";
  private static final String QUOTED = "\"([^\"\\n]*)\"";
  private static final Pattern NODE =
      Pattern.compile(
          "    ("
              + ID
              + ")(?:\\("
              + QUOTED
              + "\\)|\\["
              + QUOTED
              + "]|\\{\\{"
              + QUOTED
              + "}}|>"
              + QUOTED
              + "])");
  private static final Pattern EDGE =
      Pattern.compile("    (" + ID + ") (?:-->|---|-\\.-)\\|" + QUOTED + "\\| (" + ID + ")");

  @Test
  void theMermaidGraphDeclaresEveryNodeOnceAndLinksOnlyDeclaredNodes() {
    List<String> lines = Arrays.asList(MermaidGraph.of(dossier).split("\n"));
    assertThat(lines.get(0)).isEqualTo("flowchart LR");
    Set<String> ids = new HashSet<>();
    Set<String> labels = new HashSet<>();
    int edges = 0;
    for (String line : lines.subList(1, lines.size())) {
      Matcher node = NODE.matcher(line);
      Matcher edge = EDGE.matcher(line);
      if (node.matches()) {
        assertThat(edges).as("nodes come before edges: %s", line).isZero();
        assertThat(ids.add(node.group(1))).as("declared once: %s", line).isTrue();
        for (int g = 2; g <= 5; g++) {
          if (node.group(g) != null) {
            labels.add(node.group(g));
          }
        }
      } else {
        assertThat(edge.matches()).as("a node or an edge: %s", line).isTrue();
        assertThat(ids).as("declared ends: %s", line).contains(edge.group(1), edge.group(3));
        edges++;
      }
    }
    // One node per actor taking part: the publishers of the sources and the parties do not.
    Set<String> names =
        dossier.actors().stream().map(a -> a.name().text()).collect(Collectors.toSet());
    assertThat(names).containsAll(labels);
    assertThat(labels)
        .hasSize(17)
        .contains("Kim Jong-un", "Raúl Castro", "Nicolás Maduro", "Breitbart News", "North Korea");
    assertThat(labels)
        .doesNotContain(
            "Workers' Party of Korea", "TASS", "Getty Images", "Korean Central News Agency");
    // Meetings, messages (one per recipient), and every other event with two actors, and the
    // relationships.
    assertThat(edges).isEqualTo(21);
    assertThat(lines)
        .contains(
            "    kim_jong_un -->|\"meeting 2018-05-31\"| sergei_lavrov",
            "    raul_castro -->|\"greetings 2018-07-05 via Ri Su-yong\"| kim_jong_un",
            "    kim_il_sung -->|\"material transfer (claimed)\"| cuba",
            "    north_korea -->|\"support pledge 2018-03\"| nicolas_maduro",
            "    cuba -.-|\"alliance since the onset of the Cold War\"| north_korea");
  }

  @TempDir Path dir;

  @Test
  void graphvizDrawsTheDotGraph() throws IOException, InterruptedException {
    assumeDot();
    Path input = dir.resolve("article.dot");
    Path errors = dir.resolve("dot.err");
    Files.writeString(input, DotGraph.of(dossier), StandardCharsets.UTF_8);
    Process process =
        new ProcessBuilder("dot", "-Tsvg", input.toString()).redirectError(errors.toFile()).start();
    String svg;
    try (InputStream stdout = process.getInputStream()) {
      svg = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(errors, StandardCharsets.UTF_8)).as("dot's messages").isEmpty();
    assertThat(process.exitValue()).isZero();
    for (Actor actor :
        List.of(
            dossier.actor(ReferenceArticleDossier.RAUL_CASTRO).orElseThrow(),
            dossier.actor(ReferenceArticleDossier.NICOLAS_MADURO).orElseThrow())) {
      assertThat(svg).contains(">" + actor.name().text() + "<");
    }
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
