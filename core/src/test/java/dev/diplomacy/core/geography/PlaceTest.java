package dev.diplomacy.core.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceTest {

  private static final Country KP = Country.of("KP");

  @Test
  void holdsEveryPart() {
    Place p =
        Place.builder()
            .name("Kumsusan Palace of the Sun, Pyongyang")
            .country(KP)
            .locality("Pyongyang")
            .venue("Kumsusan Palace of the Sun")
            .coordinates(Coordinates.of(39.0710, 125.7930))
            .geonamesId(1871859)
            .build();
    assertThat(p.name()).contains("Kumsusan Palace of the Sun, Pyongyang");
    assertThat(p.country()).containsSame(KP);
    assertThat(p.locality()).contains("Pyongyang");
    assertThat(p.venue()).contains("Kumsusan Palace of the Sun");
    assertThat(p.coordinates()).contains(Coordinates.of(39.0710, 125.7930));
    assertThat(p.geonamesId()).hasValue(1871859);
    assertThat(Place.builder().from(p).build()).isEqualTo(p).hasSameHashCodeAs(p);
  }

  @Test
  void factoriesGiveACountryOrALocalityInACountry() {
    Place cuba = Place.of(Country.of("CU"));
    assertThat(cuba.country()).containsSame(Country.of("CU"));
    assertThat(cuba.locality()).isEmpty();
    Place havana = Place.of("Havana", Country.of("CU"));
    assertThat(havana.locality()).contains("Havana");
    assertThat(havana.country()).containsSame(Country.of("CU"));
    assertThat(havana)
        .isEqualTo(Place.builder().locality("Havana").country(Country.of("CUB")).build());
    assertThat(havana).isNotEqualTo(cuba);
  }

  @Test
  void anyOnePartIsEnough() {
    assertThat(Place.builder().name("the Cuban embassy in Pyongyang").build().name()).isPresent();
    assertThat(Place.of(KP).country()).isPresent();
    assertThat(Place.builder().locality("Havana").build().locality()).isPresent();
    assertThat(Place.builder().venue("Kumsusan Palace of the Sun").build().venue()).isPresent();
    assertThat(Place.builder().coordinates(Coordinates.of(0, 0)).build().coordinates()).isPresent();
  }

  @Test
  void anEmptyPlaceIsRejected() {
    assertThatThrownBy(() -> Place.builder().build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("place.empty");
              assertThat(e.findings()).extracting(Finding::path).containsExactly("");
              assertThat(e.type()).isEqualTo("Place");
            });
  }

  @Test
  void aGeonamesIdAloneIsNotAPlace() {
    assertThatThrownBy(() -> Place.builder().geonamesId(1871859).build())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.codes()).containsExactly("place.empty"));
  }

  @Test
  void blankTextIsRejected() {
    assertThatThrownBy(() -> Place.builder().country(KP).name(" ").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("place.name.blank"));
    assertThatThrownBy(() -> Place.builder().country(KP).locality("").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("place.locality.blank"));
    assertThatThrownBy(() -> Place.builder().country(KP).venue("\t\n").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("place.venue.blank"));
  }

  @Test
  void theGeonamesIdIsPositive() {
    assertThat(Place.builder().country(KP).geonamesId(1).build().geonamesId()).hasValue(1);
    for (long id : new long[] {0, -1, Long.MIN_VALUE}) {
      assertThatThrownBy(() -> Place.builder().country(KP).geonamesId(id).build())
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.codes()).containsExactly("place.geonamesId.positive"));
    }
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    assertThatThrownBy(
            () -> Place.builder().name("").locality(" ").venue("  ").geonamesId(0).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes())
                  .containsExactly(
                      "place.name.blank",
                      "place.locality.blank",
                      "place.venue.blank",
                      "place.geonamesId.positive");
              assertThat(e.findings())
                  .extracting(Finding::path)
                  .containsExactly("name", "locality", "venue", "geonamesId");
            });
  }

  @Test
  void copiesAreCheckedToo() {
    Place havana = Place.of("Havana", Country.of("CU"));
    assertThat(havana.withVenue("the Palace of the Revolution").venue())
        .contains("the Palace of the Revolution");
    assertThat(havana.withLocality("Santiago de Cuba").locality()).contains("Santiago de Cuba");
    assertThatThrownBy(() -> havana.withLocality(" "))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("place.locality.blank"));
    assertThatThrownBy(() -> Place.of(KP).withGeonamesId(-5))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("place.geonamesId.positive"));
  }

  @Test
  void anIslandOrAnAreaIsEnough() {
    assertThat(Place.builder().island("Sentosa").build().island()).contains("Sentosa");
    Place sea = Place.builder().area(Area.of(AreaKind.INTERNATIONAL_WATERS)).build();
    assertThat(sea.area().map(Area::areaKind)).contains(AreaKind.INTERNATIONAL_WATERS);
    assertThat(sea.country()).isEmpty();
  }

  @Test
  void aPlaceInInternationalWatersOrAirspaceIsInNoCountry() {
    for (AreaKind kind : List.of(AreaKind.INTERNATIONAL_WATERS, AreaKind.INTERNATIONAL_AIRSPACE)) {
      assertThatThrownBy(() -> Place.builder().country(KP).area(Area.of(kind)).build())
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.codes()).containsExactly("place.country.area");
                assertThat(e.findings()).extracting(Finding::path).containsExactly("country");
              });
    }
    Place dmz = Place.builder().country(KP).area(Area.of(AreaKind.DEMILITARIZED_ZONE)).build();
    assertThat(dmz.country()).contains(KP);
  }

  @Test
  void aBlankIslandIsRejected() {
    assertThatThrownBy(() -> Place.builder().island(" ").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("place.island.blank"));
  }
}
