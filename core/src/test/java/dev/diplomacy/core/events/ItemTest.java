package dev.diplomacy.core.events;

import static dev.diplomacy.core.events.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ItemTest {

  @Test
  void countsAnItem() {
    Item rifles = Item.of("AK-47 rifles", 100_000);
    assertThat(rifles.description()).isEqualTo("AK-47 rifles");
    assertThat(rifles.quantity()).contains(BigDecimal.valueOf(100_000));
    assertThat(Item.of("ammunition").quantity()).isEmpty();
    assertThat(Item.builder().from(rifles).build()).isEqualTo(rifles);
  }

  @Test
  void measuresAnItemInAUnit() {
    Item rice =
        Item.builder().description("rice").quantity(new BigDecimal("2.5")).unit("tonnes").build();
    assertThat(rice.unit()).contains("tonnes");
  }

  @Test
  void rejectsABlankDescription() {
    assertRejected(() -> Item.of(" "), "item.description.blank");
  }

  @Test
  void theQuantityIsMoreThanZero() {
    assertRejected(() -> Item.of("rifles", 0), "item.quantity.positive");
    assertRejected(
        () -> Item.builder().description("rifles").quantity(new BigDecimal("-0.1")).build(),
        "item.quantity.positive");
  }

  @Test
  void aUnitIsNotBlankAndNeedsAQuantity() {
    assertRejected(
        () -> Item.builder().description("rice").quantity(BigDecimal.ONE).unit("").build(),
        "item.unit.blank");
    assertRejected(
        () -> Item.builder().description("rice").unit("tonnes").build(), "item.unit.needsQuantity");
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    assertRejected(
        () -> Item.builder().description("").quantity(BigDecimal.ZERO).unit(" ").build(),
        "item.description.blank",
        "item.quantity.positive",
        "item.unit.blank");
  }
}
