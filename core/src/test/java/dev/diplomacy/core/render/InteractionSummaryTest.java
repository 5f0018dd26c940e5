package dev.diplomacy.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.render.InteractionSummary.Entry;
import dev.diplomacy.core.render.InteractionSummary.Interaction;
import java.util.List;
import org.junit.jupiter.api.Test;

class InteractionSummaryTest {

  @Test
  void aSmallDossierGivesTheseLines() {
    InteractionSummary summary = InteractionSummary.of(RenderFixtures.small());
    assertThat(summary.lines())
        .containsExactly(
            "Who met whom:",
            "  Raúl Castro met Ri Su-yong: 2018-07-05",
            "Who wrote to whom:",
            "  Kim Jong-un wrote to Raúl Castro: greetings 2018-07-05 via Ri Su-yong",
            "Who pledged support to whom:",
            "  North Korea pledged support to Cuba: 2018-03 (claimed)",
            "Who made a statement about whom:",
            "  Raúl Castro made a statement about Kim Jong-un: praise");
    assertThat(summary.toString()).isEqualTo(String.join("\n", summary.lines()) + "\n");
  }

  @Test
  void entriesAreValuesByKindOfInteraction() {
    InteractionSummary summary = InteractionSummary.of(RenderFixtures.small());
    assertThat(summary.entries(Interaction.MET))
        .containsExactly(
            new Entry(Interaction.MET, "Raúl Castro", "Ri Su-yong", List.of("2018-07-05")));
    assertThat(summary.entries(Interaction.VISITED)).isEmpty();
    assertThat(summary.entries())
        .extracting(Entry::interaction)
        .containsExactly(
            Interaction.MET,
            Interaction.WROTE_TO,
            Interaction.PLEDGED_SUPPORT_TO,
            Interaction.MADE_A_STATEMENT_ABOUT);
    assertThat(summary)
        .isEqualTo(InteractionSummary.of(RenderFixtures.small()))
        .hasSameHashCodeAs(InteractionSummary.of(RenderFixtures.small()));
    assertThat(summary).isNotEqualTo(InteractionSummary.of(RenderFixtures.everyKind()));
  }

  @Test
  void occasionsOfOnePairAreGatheredInTheDossiersOrder() {
    InteractionSummary summary = InteractionSummary.of(RenderFixtures.everyKind());
    assertThat(summary.entries(Interaction.SIGNED_AN_AGREEMENT_WITH))
        .extracting(Entry::toString)
        .containsExactly(
            "North Korea signed an agreement with Cuba: treaty 2020-08-01, 2020-08-02",
            "North Korea signed an agreement with Russia: treaty 2020-08-01",
            "Cuba signed an agreement with Russia: treaty 2020-08-01");
    assertThat(summary.entries(Interaction.VISITED))
        .extracting(Entry::toString)
        .containsExactly(
            "Anna visited Cuba: state visit 2020-03-01/2020-03-03",
            "Carla visited Cuba: state visit 2020-03-01/2020-03-03");
    assertThat(summary.entries(Interaction.SENT_A_DELEGATION_TO))
        .extracting(Entry::toString)
        .containsExactly("North Korea sent a delegation to Cuba: 2020-04 led by Anna");
    assertThat(summary.entries(Interaction.PROVIDED_MATERIAL_TO))
        .extracting(Entry::toString)
        .containsExactly("Ministry provided material to Cuba: 2020-07");
    assertThat(summary.entries(Interaction.DECLARED_MOURNING_FOR))
        .extracting(Entry::toString)
        .containsExactly("Cuba declared mourning for Dora: 2020-05");
  }

  @Test
  void relationshipsCodedEventsAndVisitsWithoutAHostAreNotInteractions() {
    InteractionSummary summary = InteractionSummary.of(RenderFixtures.everyKind());
    assertThat(summary.lines())
        .noneMatch(
            l ->
                l.contains("1960")
                    || l.contains("CAMEO")
                    || l.contains("Geneva")
                    || l.contains("rivalry"));
  }

  @Test
  void anUndatedOccasionSaysSo() {
    InteractionSummary summary = InteractionSummary.of(RenderFixtures.awkward());
    assertThat(summary.entries(Interaction.SIGNED_AN_AGREEMENT_WITH))
        .extracting(Entry::toString)
        .containsExactly("First signed an agreement with Raúl Castro: undated");
    assertThat(summary.entries(Interaction.WROTE_TO))
        .extracting(Entry::toString)
        .containsExactly("End wrote to ghost: letter via Raúl Castro");
  }

  @Test
  void anEmptyDossierHasAnEmptySummary() {
    InteractionSummary summary = InteractionSummary.of(Dossier.builder().build());
    assertThat(summary.isEmpty()).isTrue();
    assertThat(summary.lines()).isEmpty();
    assertThat(summary.toString()).isEmpty();
    assertThat(InteractionSummary.of(RenderFixtures.small()).isEmpty()).isFalse();
  }

  @Test
  void interactionsHaveAVerbAndAHeading() {
    assertThat(Interaction.PLEDGED_SUPPORT_TO.verb()).isEqualTo("pledged support to");
    assertThat(Interaction.WROTE_TO.heading()).isEqualTo("Who wrote to whom:");
  }
}
