package dev.diplomacy.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class PositionTest {

  private static final Position FIRST_SECRETARY =
      Position.builder()
          .title("First Secretary of the Central Committee")
          .organization(Id.of("communist-party-of-cuba"))
          .country(Country.of("CU"))
          .held(DateSpan.parse("2011-04-19/2021-04-19"))
          .build();

  @Test
  void aPositionKnownByItsTitle() {
    Position p = Position.of("Vice Chairman");
    assertThat(p.title()).isEqualTo("Vice Chairman");
    assertThat(p.organization()).isEmpty();
    assertThat(p.country()).isEmpty();
    assertThat(p.held()).isEmpty();
  }

  @Test
  void aPositionWithEveryPart() {
    assertThat(FIRST_SECRETARY.organization()).contains(Id.of("communist-party-of-cuba"));
    assertThat(FIRST_SECRETARY.country()).contains(Country.of("CU"));
    assertThat(FIRST_SECRETARY.held()).contains(DateSpan.parse("2011-04-19/2021-04-19"));
    assertThat(Position.builder().from(FIRST_SECRETARY).build()).isEqualTo(FIRST_SECRETARY);
  }

  @Test
  void blankTitleIsRejected() {
    assertThatThrownBy(() -> Position.of(" "))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("position.title.blank");
              assertThat(e.findings().get(0).path()).isEqualTo("title");
            });
  }

  @Test
  void withCopies() {
    Position p = Position.of("Chairman");
    Position held = p.withHeld(DateSpan.since(PartialDate.ofYear(2016)));
    assertThat(held.held()).contains(DateSpan.since(PartialDate.ofYear(2016)));
    assertThat(held.title()).isEqualTo("Chairman");
    assertThat(p.withCountry(Country.of("KP")).country()).contains(Country.of("KP"));
    assertThat(p.held()).isEmpty();
    assertThatThrownBy(() -> p.withTitle(""))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("position.title.blank"));
  }

  @Test
  void aPositionWithoutSpanMayBeHeldAnyDay() {
    assertThat(Position.of("Chairman").mayBeHeldOn(PartialDate.ofYear(1900))).isTrue();
  }

  @Test
  void mayBeHeldOnTheDaysOfItsSpan() {
    assertThat(FIRST_SECRETARY.mayBeHeldOn(PartialDate.parse("2018-07-05"))).isTrue();
    assertThat(FIRST_SECRETARY.mayBeHeldOn(PartialDate.parse("2011-04-19"))).isTrue();
    assertThat(FIRST_SECRETARY.mayBeHeldOn(PartialDate.parse("2021"))).isTrue();
    assertThat(FIRST_SECRETARY.mayBeHeldOn(PartialDate.parse("2011-04-18"))).isFalse();
    assertThat(FIRST_SECRETARY.mayBeHeldOn(PartialDate.parse("2010"))).isFalse();
    assertThat(FIRST_SECRETARY.mayBeHeldOn(PartialDate.parse("2021-05"))).isFalse();
  }

  @Test
  void anOpenSpanMayIncludeAnyLaterDate() {
    Position p = Position.of("Chairman").withHeld(DateSpan.since(PartialDate.parse("2016-06")));
    assertThat(p.mayBeHeldOn(PartialDate.ofYear(2030))).isTrue();
    assertThat(p.mayBeHeldOn(PartialDate.ofYear(2016))).isTrue();
    assertThat(p.mayBeHeldOn(PartialDate.parse("2016-05"))).isFalse();
  }
}
