package dev.diplomacy.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonTest {

  private static final Position PRIME_MINISTER =
      Position.builder()
          .title("Prime Minister")
          .country(Country.of("CU"))
          .held(DateSpan.parse("1959-02-16/1976-12-02"))
          .build();
  private static final Position PRESIDENT =
      Position.builder()
          .title("President of the Council of State")
          .country(Country.of("CU"))
          .held(DateSpan.parse("1976-12-02/2008-02-24"))
          .build();
  private static final Position COMANDANTE = Position.of("Comandante en Jefe");

  private static Person.Builder fidel() {
    return Person.builder()
        .id(Id.of("fidel-castro"))
        .name(Name.of("Fidel Castro"))
        .addOtherName(Name.of("Fidel Castro Ruz"))
        .nationality(Country.of("CU"))
        .born(PartialDate.parse("1926-08-13"))
        .died(PartialDate.parse("2016-11-25"));
  }

  @Test
  void aPersonWithEveryAttribute() {
    Person p =
        fidel()
            .addExternalId(ExternalId.wikidata("Q11256"))
            .description("leader of the Cuban revolution")
            .addPosition(PRIME_MINISTER)
            .addPosition(PRESIDENT)
            .build();
    assertThat(p.id()).isEqualTo(Id.of("fidel-castro"));
    assertThat(p.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(p.allNames()).containsExactly(Name.of("Fidel Castro"), Name.of("Fidel Castro Ruz"));
    assertThat(p.nationality()).contains(Country.of("CU"));
    assertThat(p.positions()).containsExactly(PRIME_MINISTER, PRESIDENT);
    assertThat(p.born()).contains(PartialDate.parse("1926-08-13"));
    assertThat(p.died()).contains(PartialDate.parse("2016-11-25"));
    assertThat(p.externalIds()).containsExactly(ExternalId.wikidata("Q11256"));
    assertThat(p.description()).contains("leader of the Cuban revolution");
    assertThat(Person.builder().from(p).build()).isEqualTo(p);
  }

  @Test
  void onlyIdAndNameAreRequired() {
    Person p = Person.builder().id(Id.of("ri-su-yong")).name(Name.of("Ri Su-yong")).build();
    assertThat(p.nationality()).isEmpty();
    assertThat(p.positions()).isEmpty();
    assertThat(p.otherNames()).isEmpty();
    assertThat(p.extensions()).isEmpty();
    assertThatThrownBy(() -> Person.builder().id(Id.of("x")).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("person.name.missing");
              assertThat(e.findings().get(0).path()).isEqualTo("name");
            });
  }

  @Test
  void positionsOnGivesThoseThatMayBeHeldThatDay() {
    Person p = fidel().addPositions(PRIME_MINISTER, PRESIDENT, COMANDANTE).build();
    assertThat(p.positionsOn(PartialDate.parse("1986"))).containsExactly(PRESIDENT, COMANDANTE);
    assertThat(p.positionsOn(PartialDate.parse("1976-12")))
        .containsExactly(PRIME_MINISTER, PRESIDENT, COMANDANTE);
    assertThat(p.positionsOn(PartialDate.parse("1960")))
        .containsExactly(PRIME_MINISTER, COMANDANTE);
    assertThat(p.positionsOn(PartialDate.parse("2010"))).containsExactly(COMANDANTE);
  }

  @Test
  void deathOnOrAfterBirthIsAccepted() {
    assertThat(fidel().born(PartialDate.parse("2016")).build().died())
        .contains(PartialDate.parse("2016-11-25"));
    assertThat(fidel().born(PartialDate.parse("2016-11-25")).build().born())
        .contains(PartialDate.parse("2016-11-25"));
    assertThat(
            fidel()
                .born(PartialDate.parse("2016-11-26"))
                .died(PartialDate.parse("2016"))
                .build()
                .died())
        .contains(PartialDate.parse("2016"));
  }

  @Test
  void deathBeforeBirthIsRejected() {
    assertThatThrownBy(() -> fidel().born(PartialDate.parse("2016-11-26")).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("person.died.beforeBorn");
              assertThat(e.findings().get(0).path()).isEqualTo("died");
              assertThat(e.getMessage()).contains("2016-11-25", "2016-11-26");
            });
  }

  @Test
  void positionsStartingBeforeOrOnTheDeathAreAccepted() {
    Position lastYear = Position.of("Honorary").withHeld(DateSpan.since(PartialDate.parse("2016")));
    Person p = fidel().addPositions(PRESIDENT, lastYear, COMANDANTE).build();
    assertThat(p.positions()).containsExactly(PRESIDENT, lastYear, COMANDANTE);
    Position afterDeathButNoDeath =
        Position.of("Later").withHeld(DateSpan.since(PartialDate.parse("2020")));
    assertThat(
            fidel()
                .died(java.util.Optional.empty())
                .addPosition(afterDeathButNoDeath)
                .build()
                .positions())
        .containsExactly(afterDeathButNoDeath);
  }

  @Test
  void aPositionStartingAfterTheDeathIsRejected() {
    Position posthumous =
        Position.of("Chairman").withHeld(DateSpan.since(PartialDate.parse("2016-12")));
    assertThatThrownBy(() -> fidel().addPositions(PRESIDENT, posthumous).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("person.positions.afterDeath");
              assertThat(e.findings().get(0).path()).isEqualTo("positions[1]");
              assertThat(e.getMessage()).contains("Chairman");
            });
  }

  @Test
  void everyBrokenRuleIsReported() {
    Position posthumous =
        Position.of("Chairman").withHeld(DateSpan.since(PartialDate.parse("2017")));
    assertThatThrownBy(
            () ->
                fidel()
                    .addOtherName(Name.of("Fidel Castro"))
                    .born(PartialDate.parse("2017"))
                    .addPositions(posthumous, posthumous)
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.codes())
                    .containsExactly(
                        "person.otherNames.duplicate",
                        "person.died.beforeBorn",
                        "person.positions.afterDeath",
                        "person.positions.afterDeath"));
  }

  @Test
  void withCopies() {
    Person p = fidel().build();
    assertThat(p.withNationality(Country.of("RU")).nationality()).contains(Country.of("RU"));
    assertThat(p.withPositions(List.of(PRESIDENT)).positions()).containsExactly(PRESIDENT);
    assertThat(p.withName(Name.of("Fidel")).name()).isEqualTo(Name.of("Fidel"));
    assertThat(p.withDied(PartialDate.parse("2016")).died()).contains(PartialDate.parse("2016"));
    assertThat(p.withName(Name.of("Fidel")).withName(Name.of("Fidel Castro"))).isEqualTo(p);
    assertThatThrownBy(() -> p.withDied(PartialDate.parse("1920")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("person.died.beforeBorn"));
  }

  @Test
  void aDeathKnownWithoutItsDateIsDeceased() {
    Person kimIlSung =
        Person.builder()
            .id(Id.of("kim-il-sung"))
            .name(Name.of("Kim Il-sung"))
            .deceased(true)
            .build();
    assertThat(kimIlSung.deceased()).isTrue();
    assertThat(kimIlSung.died()).isEmpty();
    assertThat(kimIlSung.hasDied()).isTrue();
    assertThat(fidel().build().hasDied()).isTrue();
    assertThat(fidel().build().deceased()).isFalse();
    assertThat(fidel().died(java.util.Optional.empty()).build().hasDied()).isFalse();
  }

  @Test
  void aDeathWithItsDateIsNotAlsoWithoutOne() {
    assertThatThrownBy(() -> fidel().deceased(true).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("person.deceased.died");
              assertThat(e.findings().get(0).path()).isEqualTo("deceased");
              assertThat(e.getMessage()).contains("2016-11-25");
            });
  }
}
