package dev.diplomacy.core.events;

import static dev.diplomacy.core.events.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.sources.Certainty;
import org.junit.jupiter.api.Test;

class MaterialTransferTest {

  private static final Id DPRK = Id.of("north-korea");
  private static final Id CUBA = Id.of("cuba");

  private static MaterialTransfer.Builder transfer() {
    return MaterialTransfer.builder().id(Id.of("transfer")).provider(DPRK).recipient(CUBA);
  }

  @Test
  void modelsTheRiflesSentWithoutChargingACentAsFidelCastroClaimed() {
    MaterialTransfer t =
        transfer()
            .addItem(Item.of("AK-47 rifles", 100_000))
            .addItem(Item.of("ammunition"))
            .terms(TransferTerms.FREE_OF_CHARGE)
            .certainty(Certainty.CLAIMED)
            .build();
    assertThat(t.kind()).isEqualTo(EventKind.MATERIAL_TRANSFER);
    assertThat(t.certainty()).isEqualTo(Certainty.CLAIMED);
    assertThat(t.participants())
        .containsExactly(Participant.of(DPRK, Role.PROVIDER), Participant.of(CUBA, Role.RECIPIENT));
    assertThat(MaterialTransfer.builder().from(t).build()).isEqualTo(t);
  }

  @Test
  void needsAnItem() {
    assertRejected(() -> transfer().build(), "materialTransfer.items.empty");
  }

  @Test
  void theRecipientIsNotTheProvider() {
    assertRejected(
        () -> transfer().recipient(DPRK).addItem(Item.of("rice")).build(),
        "materialTransfer.recipient.provider");
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    assertRejected(
        () -> transfer().recipient(DPRK).build(),
        "materialTransfer.recipient.provider",
        "materialTransfer.items.empty");
  }
}
