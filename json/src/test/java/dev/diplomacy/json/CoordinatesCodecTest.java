package dev.diplomacy.json;

import static dev.diplomacy.json.CodecHarness.at;
import static dev.diplomacy.json.CodecHarness.pointersAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.geography.Coordinates;
import org.junit.jupiter.api.Test;

class CoordinatesCodecTest {

  private static final DiplomacyJson JSON = DiplomacyJson.strict();

  @Test
  void writesPlainNumbers() {
    assertThat(JSON.write(Coordinates.of(23.1136, -82.3666)))
        .isEqualTo("{\"latitude\":23.1136,\"longitude\":-82.3666}");
    assertThat(JSON.write(Coordinates.of(0, 180)))
        .isEqualTo("{\"latitude\":0.0,\"longitude\":180.0}");
  }

  @Test
  void readsWholeAndDecimalNumbers() {
    assertThat(JSON.read("{\"longitude\":180,\"latitude\":-9.5e0}", Coordinates.class))
        .isEqualTo(Coordinates.of(-9.5, 180));
  }

  @Test
  void refusesOutOfRangeValues() {
    assertThat(
            pointersAndCodes(
                () -> JSON.read("{\"latitude\":91,\"longitude\":-181}", Coordinates.class)))
        .containsExactly(
            at("/latitude", "coordinates.latitude.range"),
            at("/longitude", "coordinates.longitude.range"));
  }

  @Test
  void refusesNumbersBeyondADoubleAndNonNumbers() {
    assertThat(
            pointersAndCodes(
                () -> JSON.read("{\"latitude\":1e400,\"longitude\":\"3\"}", Coordinates.class)))
        .containsExactly(at("/latitude", "json.format"), at("/longitude", "json.type"));
  }

  @Test
  void needsBothNumbers() {
    assertThat(pointersAndCodes(() -> JSON.read("{\"latitude\":1}", Coordinates.class)))
        .containsExactly(at("", "json.required"));
    assertThat(
            CodecHarness.problems(() -> JSON.read("{\"latitude\":1}", Coordinates.class))
                .get(0)
                .message())
        .contains("\"longitude\"");
  }

  @Test
  void refusesNaN() {
    assertThat(
            pointersAndCodes(
                () -> JSON.read("{\"latitude\":NaN,\"longitude\":1}", Coordinates.class)))
        .containsExactly(at("/latitude", "json.syntax"));
  }
}
