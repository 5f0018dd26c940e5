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
}
