package dev.diplomacy.core.render;

import static dev.diplomacy.core.render.RenderFixtures.mermaidProblems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.dossier.Dossier;
import org.junit.jupiter.api.Test;

class MermaidGraphTest {

  @Test
  void aSmallDossierGivesThisExactFlowchart() {
    assertThat(MermaidGraph.of(RenderFixtures.small()))
        .isEqualTo(
            "flowchart LR\n"
                + "    kim_jong_un(\"Kim Jong-un\")\n"
                + "    ri_su_yong(\"Ri Su-yong\")\n"
                + "    raul_castro(\"Raúl Castro\")\n"
                + "    north_korea{{\"North Korea\"}}\n"
                + "    cuba{{\"Cuba\"}}\n"
                + "    raul_castro -->|\"praise\"| kim_jong_un\n"
                + "    raul_castro -->|\"meeting 2018-07-05\"| ri_su_yong\n"
                + "    kim_jong_un -->|\"greetings 2018-07-05 via Ri Su-yong\"| raul_castro\n"
                + "    north_korea -->|\"support pledge 2018-03 (claimed)\"| cuba\n"
                + "    cuba -.-|\"alliance since the onset of the Cold War\"| north_korea\n");
  }

  @Test
  void namesAreQuotedWithEntityCodesAndKeptInTheirScript() {
    String text = MermaidGraph.of(RenderFixtures.awkward());
    assertThat(text)
        .contains("    ri(\"Ri #quot;Su-yong#quot;\")\n")
        .contains("    kim(\"김정은\")\n")
        .contains("    raul(\"Raúl Castro\")\n")
        .contains(
            "    bank[\"Bank #35;1#59; [A] #amp; #lt;B#gt; #124; back\\slash #96;x#96; {y} (z)\"]\n")
        .contains(
            "    raul -.-|\"friendship since the #quot;old#quot; days#59; before #35;1 (disputed)\"| kim\n");
    assertThat(mermaidProblems(text)).isEmpty();
  }

  @Test
  void idsThatAreKeywordsOrStartWithADigitArePrefixed() {
    String text = MermaidGraph.of(RenderFixtures.awkward());
    assertThat(text).contains("    a_end(\"End\")\n").contains("    a_1st(\"First\")\n");
    assertThat(text).contains("    a_end -->|\"letter via Raúl Castro\"| ghost\n");
  }

  @Test
  void anActorTheDossierDoesNotHaveIsShownByItsIdAsAFlag() {
    assertThat(MermaidGraph.of(RenderFixtures.awkward())).contains("    ghost>\"ghost\"]\n");
  }

  @Test
  void idsThatWouldCollideAreNumbered() {
    Dossier dossier =
        Dossier.builder()
            .addActors(RenderFixtures.person(dev.diplomacy.core.Id.of("a-b"), "One"))
            .addActors(RenderFixtures.person(dev.diplomacy.core.Id.of("a.b"), "Two"))
            .addActors(RenderFixtures.person(dev.diplomacy.core.Id.of("a_b"), "Three"))
            .addEvents(
                dev.diplomacy.core.events.Agreement.builder()
                    .id(dev.diplomacy.core.Id.of("deal"))
                    .addSignatories(
                        dev.diplomacy.core.Id.of("a-b"),
                        dev.diplomacy.core.Id.of("a.b"),
                        dev.diplomacy.core.Id.of("a_b"))
                    .build())
            .build();
    String text = MermaidGraph.of(dossier);
    assertThat(text)
        .contains("    a_b(\"One\")\n", "    a_b_2(\"Two\")\n", "    a_b_3(\"Three\")\n")
        .contains(
            "    a_b ---|\"agreement\"| a_b_2\n",
            "    a_b ---|\"agreement\"| a_b_3\n",
            "    a_b_2 ---|\"agreement\"| a_b_3\n");
    assertThat(mermaidProblems(text)).isEmpty();
  }

  @Test
  void everyKindOfEventGivesWellFormedEdges() {
    String text = MermaidGraph.of(RenderFixtures.everyKind());
    assertThat(mermaidProblems(text)).isEmpty();
    assertThat(text)
        .contains("    anna ---|\"phone call 2020-01-02\"| carla\n")
        .contains(
            "    anna -->|\"invitation 2020-01-03\"| boris\n",
            "    anna -->|\"invitation 2020-01-03\"| carla\n")
        .contains("    anna -->|\"state visit 2020-03-01/2020-03-03\"| cuba\n")
        .contains("    north_korea -->|\"delegation 2020-04 led by Anna\"| cuba\n")
        .contains("    cuba -->|\"mourning 2020-05\"| dora\n")
        .contains("    anna -->|\"vow 2020-06\"| boris\n")
        .contains("    ministry[\"Ministry\"]\n")
        .contains("    ministry -->|\"material transfer 2020-07\"| cuba\n")
        .contains("    north_korea ---|\"treaty 2020-08-01\"| russia\n")
        .contains("    north_korea -->|\"CAMEO 040 2020-09\"| cuba\n")
        .contains("    north_korea -.-|\"diplomatic relations since 1960\"| cuba\n")
        .contains("    north_korea -.-|\"rivalry 1961/1989\"| russia\n");
    // A statement about oneself draws no loop; a visit without a host has no one to point at.
    assertThat(text)
        .doesNotContain("anna -->|\"vow 2020-06\"| anna")
        .doesNotContain("\"visit 2020\"");
  }

  @Test
  void twoEqualDossiersBuiltApartGiveIdenticalText() {
    // Determinism on purpose: each call builds new objects, so an order taken from identity
    // hashes or from a hash set's iteration would differ between the two texts.
    String text = MermaidGraph.of(RenderFixtures.everyKind());
    assertThat(text).isEqualTo(MermaidGraph.of(RenderFixtures.everyKind()));
    // Independently of the second render: the edges come in the dossier's order of events.
    assertThat(text).containsSubsequence(RenderFixtures.EVERY_KIND_LABELS_IN_ORDER);
  }

  @Test
  void anEmptyDossierIsAFlowchartWithoutNodes() {
    assertThat(MermaidGraph.of(Dossier.builder().build())).isEqualTo("flowchart LR\n");
  }
}
