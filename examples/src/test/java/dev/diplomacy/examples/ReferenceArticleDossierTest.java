package dev.diplomacy.examples;

import static dev.diplomacy.examples.ReferenceArticleDossier.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.ActorDirectory;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.ValidationReport;
import dev.diplomacy.core.events.Agent;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.sources.Certainty;
import dev.diplomacy.core.validation.Finding;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferenceArticleDossierTest {

  final Dossier dossier = ReferenceArticleDossier.dossier();

  @Test
  void theDossierValidatesWithoutErrors() {
    ValidationReport report = dossier.validate();
    assertThat(report.errors()).isEmpty();
    // The statement of Fidel Castro is undated in the article, so it cannot be checked; no warning
    // is expected.
    assertThat(report.warnings()).extracting(Finding::code).isEmpty();
  }

  @Test
  void everyKindOfEventOfTheArticleIsThere() {
    Set<EventKind> kinds = dossier.events().stream().map(Event::kind).collect(Collectors.toSet());
    assertThat(kinds)
        .containsExactlyInAnyOrder(
            EventKind.MEETING,
            EventKind.MESSAGE,
            EventKind.VISIT,
            EventKind.STATEMENT,
            EventKind.MATERIAL_TRANSFER,
            EventKind.MOURNING,
            EventKind.DELEGATION,
            EventKind.SUPPORT_PLEDGE,
            EventKind.CODED);
    assertThat(dossier.relationships()).hasSize(4);
  }

  @Test
  void castrosGreetingsAnswerKimsGreetingsThroughTheSameEnvoy() {
    Message reply = (Message) dossier.event(CASTRO_GREETINGS).orElseThrow();
    Message original = (Message) dossier.event(reply.replyTo().orElseThrow()).orElseThrow();
    assertThat(original.id()).isEqualTo(KIM_GREETINGS);
    assertThat(reply.envoy()).isEqualTo(original.envoy()).contains(Agent.of(RI_SU_YONG));
    assertThat(original.recipients()).contains(reply.sender().actor());
  }

  @Test
  void claimsAndAllegationsAreNotFacts() {
    assertThat(dossier.event(Id.of("kim-il-sung-sends-rifles-to-cuba")).orElseThrow().certainty())
        .isEqualTo(Certainty.CLAIMED);
    assertThat(dossier.event(Id.of("north-korea-ivory-trade-allegation")).orElseThrow().certainty())
        .isEqualTo(Certainty.ALLEGED);
  }

  @Test
  void everyNameVariantOfTheArticleResolvesToItsActor() {
    ActorDirectory directory = ActorDirectory.of(dossier.actors());
    for (String mention : List.of("Kim Jong-Un", "Kim Jong-un", "Kim Jong Un", "김정은")) {
      assertThat(directory.resolve(mention).actor()).map(a -> a.id()).contains(KIM_JONG_UN);
    }
    for (String mention : List.of("Raul Castro", "Raúl Castro", "Raul Castro Ruz")) {
      assertThat(directory.resolve(mention).actor()).map(a -> a.id()).contains(RAUL_CASTRO);
    }
    assertThat(directory.resolve("Ri Su-yong’").actor()).map(a -> a.id()).contains(RI_SU_YONG);
    assertThat(directory.resolve("Bashar-al Assad").actor())
        .map(a -> a.id())
        .contains(BASHAR_AL_ASSAD);
    assertThat(directory.resolve("Fidel Castro").actor()).map(a -> a.id()).contains(FIDEL_CASTRO);
    assertThat(directory.resolve("Kim Il-sung").actor()).map(a -> a.id()).contains(KIM_IL_SUNG);
  }

  @Test
  void theKcnaReportAndTheArticleAreKeptApart() {
    assertThat(dossier.source(ARTICLE).orElseThrow().basedOn()).containsExactly(KCNA_REPORT);
    assertThat(dossier.source(KCNA_REPORT).orElseThrow().published())
        .hasValueSatisfying(d -> assertThat(d).hasToString("2018-07-09"));
    assertThat(dossier.event(HAVANA_TALKS).orElseThrow().citations())
        .extracting(c -> c.source())
        .contains(KCNA_REPORT);
  }

  @Test
  void theMourningTheFuneralDelegationAndTheCondolenceVisitAreAboutFidelCastrosDeath() {
    List<String> aboutHisDeath =
        dossier.events().stream()
            .filter(
                e ->
                    e.about()
                        .contains(
                            dev.diplomacy.core.events.About.of(
                                FIDEL_CASTRO, dev.diplomacy.core.events.Occasion.DEATH)))
            .map(e -> e.id().value())
            .toList();
    assertThat(aboutHisDeath)
        .containsExactly(
            "fidel-castro-mourning-north-korea",
            "north-korean-delegation-to-fidel-castro-funeral",
            "kim-jong-un-condolence-visit-cuban-embassy");
  }
}
