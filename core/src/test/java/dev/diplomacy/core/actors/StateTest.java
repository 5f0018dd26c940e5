package dev.diplomacy.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class StateTest {

  @Test
  void aStateOfACountryIsNamedAfterIt() {
    State s = State.of(Country.of("KP"));
    assertThat(s.id()).isEqualTo(Id.of("north-korea"));
    assertThat(s.name()).isEqualTo(Name.of("North Korea"));
    assertThat(s.country()).isEqualTo(Country.of("KP"));
    assertThat(s.kind()).isEqualTo(ActorKind.STATE);
    assertThat(s.otherNames()).isEmpty();
  }

  @Test
  void aStateWithItsOwnId() {
    State s = State.of(Id.of("cuba-state"), Country.of("CUB"));
    assertThat(s.id()).isEqualTo(Id.of("cuba-state"));
    assertThat(s.name()).isEqualTo(Name.of("Cuba"));
    assertThat(s.country()).isEqualTo(Country.of("CU"));
  }

  @Test
  void aStateByItsBuilder() {
    State s =
        State.builder()
            .id(Id.of("dprk"))
            .name(Name.of("Democratic People's Republic of Korea"))
            .addOtherNames(Name.of("North Korea"), Name.of("조선민주주의인민공화국", "ko"))
            .addExternalId(ExternalId.wikidata("Q423"))
            .country(Country.of("KP"))
            .build();
    assertThat(s.allNames()).hasSize(3);
    assertThat(State.builder().from(s).build()).isEqualTo(s);
    assertThatThrownBy(() -> State.builder().id(Id.of("x")).name(Name.of("X")).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("state.country.missing");
              assertThat(e.findings().get(0).path()).isEqualTo("country");
            });
  }

  @Test
  void theSharedRulesApply() {
    assertThatThrownBy(() -> State.of(Country.of("CU")).withOtherNames(Name.of("Cuba")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("state.otherNames.duplicate"));
  }

  @Test
  void withCopies() {
    State s = State.of(Country.of("CU"));
    assertThat(s.withCountry(Country.of("KP")).country()).isEqualTo(Country.of("KP"));
    assertThat(s.withDescription("the Republic of Cuba").description())
        .contains("the Republic of Cuba");
    assertThat(s.withCountry(Country.of("KP")).withCountry(Country.of("CU"))).isEqualTo(s);
  }
}
