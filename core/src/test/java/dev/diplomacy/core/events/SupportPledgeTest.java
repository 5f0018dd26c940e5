package dev.diplomacy.core.events;

import static dev.diplomacy.core.events.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.time.When;
import org.junit.jupiter.api.Test;

class SupportPledgeTest {

  private static final Id DPRK = Id.of("north-korea");
  private static final Id SAA = Id.of("syrian-arab-army");

  private static SupportPledge.Builder pledge() {
    return SupportPledge.builder().id(Id.of("pledge")).pledger(DPRK).beneficiary(SAA);
  }

  @Test
  void modelsAllSortsOfSupportInTheCivilWar() {
    SupportPledge p =
        pledge()
            .when(When.on("2018-04"))
            .addSupportKind(SupportKind.UNSPECIFIED)
            .content("all sorts of support")
            .context("in the civil war")
            .build();
    assertThat(p.kind()).isEqualTo(EventKind.SUPPORT_PLEDGE);
    assertThat(p.participants())
        .containsExactly(Participant.of(DPRK, Role.PLEDGER), Participant.of(SAA, Role.BENEFICIARY));
    assertThat(SupportPledge.builder().from(p).build()).isEqualTo(p);
  }

  @Test
  void acceptsSeveralSpecificKinds() {
    SupportPledge p =
        pledge()
            .addSupportKinds(SupportKind.POLITICAL, SupportKind.DIPLOMATIC)
            .content("firm support and solidarity")
            .build();
    assertThat(p.supportKinds())
        .containsExactlyInAnyOrder(SupportKind.POLITICAL, SupportKind.DIPLOMATIC);
  }

  @Test
  void theBeneficiaryIsNotThePledger() {
    assertRejected(
        () -> pledge().beneficiary(DPRK).addSupportKind(SupportKind.MILITARY).build(),
        "supportPledge.beneficiary.pledger");
  }

  @Test
  void needsAKindOfSupport() {
    assertRejected(() -> pledge().build(), "supportPledge.supportKinds.empty");
  }

  @Test
  void unspecifiedStandsAlone() {
    assertRejected(
        () -> pledge().addSupportKinds(SupportKind.UNSPECIFIED, SupportKind.ECONOMIC).build(),
        "supportPledge.supportKinds.unspecified");
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    assertRejected(
        () -> pledge().beneficiary(DPRK).content(" ").context("").build(),
        "supportPledge.beneficiary.pledger",
        "supportPledge.supportKinds.empty",
        "supportPledge.content.blank",
        "supportPledge.context.blank");
  }
}
