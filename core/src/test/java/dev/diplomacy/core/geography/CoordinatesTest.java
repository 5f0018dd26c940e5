package dev.diplomacy.core.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinatesTest {

  @Test
  void holdsLatitudeAndLongitude() {
    Coordinates pyongyang = Coordinates.of(39.0392, 125.7625);
    assertThat(pyongyang.latitude()).isEqualTo(39.0392);
    assertThat(pyongyang.longitude()).isEqualTo(125.7625);
    assertThat(pyongyang)
        .isEqualTo(Coordinates.of(39.0392, 125.7625))
        .hasSameHashCodeAs(Coordinates.of(39.0392, 125.7625));
    assertThat(pyongyang).isNotEqualTo(Coordinates.of(39.0392, -125.7625));
  }

  @Test
  void acceptsTheBoundsThemselves() {
    assertThat(Coordinates.of(-90, -180).latitude()).isEqualTo(-90);
    assertThat(Coordinates.of(90, 180).longitude()).isEqualTo(180);
    assertThat(Coordinates.of(-23.1136, -82.3666).longitude()).isEqualTo(-82.3666);
  }

  @ParameterizedTest
  @ValueSource(
      doubles = {
        90.0001,
        -90.0001,
        91,
        -180,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY
      })
  void rejectsALatitudeOutsideMinus90To90(double latitude) {
    assertThatThrownBy(() -> Coordinates.of(latitude, 0))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("coordinates.latitude.range");
              assertThat(e.findings()).extracting(Finding::path).containsExactly("latitude");
              assertThat(e.getMessage()).contains(String.valueOf(latitude));
            });
  }

  @ParameterizedTest
  @ValueSource(doubles = {180.0001, -180.0001, 360, Double.NaN, Double.POSITIVE_INFINITY})
  void rejectsALongitudeOutsideMinus180To180(double longitude) {
    assertThatThrownBy(() -> Coordinates.of(0, longitude))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("coordinates.longitude.range");
              assertThat(e.findings()).extracting(Finding::path).containsExactly("longitude");
              assertThat(e.getMessage()).contains(String.valueOf(longitude));
            });
  }

  @Test
  void reportsBothAtOnce() {
    assertThatThrownBy(() -> Coordinates.of(125.7625, 390))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes())
                  .containsExactly("coordinates.latitude.range", "coordinates.longitude.range");
              assertThat(e.findings())
                  .extracting(Finding::path)
                  .containsExactly("latitude", "longitude");
              assertThat(e.type()).isEqualTo("Coordinates");
            });
  }

  @Test
  void copiesAreCheckedToo() {
    Coordinates havana = Coordinates.of(23.1136, -82.3666);
    assertThat(havana.withLatitude(-23.1136).latitude()).isEqualTo(-23.1136);
    assertThatThrownBy(() -> havana.withLongitude(-200))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("coordinates.longitude.range"));
    assertThatThrownBy(() -> Coordinates.builder().latitude(100).longitude(0).build())
        .isInstanceOf(ValidationException.class);
  }
}
