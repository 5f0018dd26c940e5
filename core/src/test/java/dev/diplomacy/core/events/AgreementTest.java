package dev.diplomacy.core.events;

import static dev.diplomacy.core.events.Rejections.assertRejected;
import static dev.diplomacy.core.events.Rejections.assertRejectedAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import org.junit.jupiter.api.Test;

class AgreementTest {

  private static final Id DPRK = Id.of("north-korea");
  private static final Id CUBA = Id.of("cuba");
  private static final Id SYRIA = Id.of("syria");

  private static Agreement.Builder agreement() {
    return Agreement.builder().id(Id.of("agreement"));
  }

  @Test
  void modelsATreatyBetweenTwoStates() {
    Agreement a =
        agreement()
            .addSignatories(DPRK, CUBA)
            .title("Treaty of Friendship and Cooperation")
            .agreementKind(AgreementKind.TREATY)
            .build();
    assertThat(a.kind()).isEqualTo(EventKind.AGREEMENT);
    assertThat(a.participants())
        .containsExactly(
            Participant.of(DPRK, Role.SIGNATORY), Participant.of(CUBA, Role.SIGNATORY));
    assertThat(Agreement.builder().from(a).build()).isEqualTo(a);
  }

  @Test
  void acceptsManySignatories() {
    assertThat(agreement().addSignatories(DPRK, CUBA, SYRIA).build().actorIds())
        .containsExactly(DPRK, CUBA, SYRIA);
  }

  @Test
  void needsTwoDistinctSignatories() {
    assertRejected(() -> agreement().build(), "agreement.signatories.distinct");
    assertRejected(() -> agreement().addSignatory(DPRK).build(), "agreement.signatories.distinct");
  }

  @Test
  void rejectsASignatoryListedTwice() {
    assertRejectedAt(
        () -> agreement().addSignatories(DPRK, CUBA, DPRK).build(),
        new String[] {"signatories[2]"},
        "agreement.signatories.duplicate");
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    assertRejected(
        () -> agreement().addSignatories(DPRK, DPRK).title(" ").build(),
        "agreement.signatories.distinct",
        "agreement.signatories.duplicate",
        "agreement.title.blank");
  }

  private static final Id PUTIN = Id.of("vladimir-putin");
  private static final Id KIM = Id.of("kim-jong-un");
  private static final Id RUSSIA = Id.of("russia");

  @Test
  void bindsItsPartiesThroughSignatoriesInTheirCapacities() {
    Provision article4 =
        Provision.builder()
            .provisionKind(ProvisionKind.MUTUAL_ASSISTANCE)
            .article("4")
            .text("military and other assistance")
            .build();
    Agreement a =
        agreement()
            .addParties(RUSSIA, DPRK)
            .addSignatory(Agent.of(PUTIN, "President of the Russian Federation"))
            .addSignatory(KIM)
            .addProvision(article4)
            .build();
    assertThat(a.sides()).containsExactly(RUSSIA, DPRK);
    assertThat(a.participants())
        .containsExactly(
            Participant.of(RUSSIA, Role.PARTY),
            Participant.of(DPRK, Role.PARTY),
            Participant.builder()
                .actor(PUTIN)
                .role(Role.SIGNATORY)
                .capacity("President of the Russian Federation")
                .build(),
            Participant.of(KIM, Role.SIGNATORY));
    assertThat(a.provisions()).containsExactly(article4);
    assertThat(Agreement.builder().from(a).build()).isEqualTo(a);
  }

  @Test
  void withoutPartiesTheSignatoriesAreTheSides() {
    assertThat(agreement().addSignatories(DPRK, CUBA).build().sides()).containsExactly(DPRK, CUBA);
  }

  @Test
  void partiesNeedNoSignatoriesButTwoDistinctParties() {
    assertThat(agreement().addParties(RUSSIA, DPRK).build().signatories()).isEmpty();
    assertRejectedAt(
        () -> agreement().addParties(RUSSIA, RUSSIA).addSignatories(PUTIN, KIM).build(),
        new String[] {"parties", "parties[1]"},
        "agreement.parties.distinct",
        "agreement.parties.duplicate");
  }

  @Test
  void aSignatoryIsNotAParty() {
    assertRejectedAt(
        () -> agreement().addParties(RUSSIA, DPRK).addSignatories(PUTIN, DPRK).build(),
        new String[] {"signatories[1]"},
        "agreement.signatories.party");
  }

  @Test
  void aProvisionsWordsAndArticleAreNotBlank() {
    assertRejected(
        () ->
            Provision.builder()
                .provisionKind(ProvisionKind.COOPERATION)
                .article(" ")
                .text("")
                .build(),
        "provision.article.blank",
        "provision.text.blank");
    assertThat(Provision.of(ProvisionKind.NON_AGGRESSION).text()).isEmpty();
  }
}
