package dev.diplomacy.json;

import static dev.diplomacy.json.CodecHarness.at;
import static dev.diplomacy.json.CodecHarness.pointersAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WhenCodecTest {

  private static final DiplomacyJson JSON = DiplomacyJson.strict();

  private static final When TALKS =
      When.builder()
          .date(PartialDate.parse("2018-07-05"))
          .time(LocalTime.of(10, 30))
          .offset(ZoneOffset.ofHours(-4))
          .build();

  @Test
  void writesTheGivenParts() {
    assertThat(JSON.write(When.on("2018"))).isEqualTo("{\"date\":\"2018\"}");
    assertThat(
            JSON.write(
                When.between(PartialDate.parse("2016-11-26"), PartialDate.parse("2016-11-28"))))
        .isEqualTo("{\"date\":\"2016-11-26\",\"until\":\"2016-11-28\"}");
    assertThat(JSON.write(TALKS))
        .isEqualTo("{\"date\":\"2018-07-05\",\"time\":\"10:30\",\"offset\":\"-04:00\"}");
  }

  @Test
  void writesSecondsOnlyWhenThereAreSomeAndUtcAsAnOffset() {
    When w = TALKS.withTime(LocalTime.of(10, 30, 15)).withOffset(ZoneOffset.UTC);
    assertThat(JSON.write(w))
        .isEqualTo("{\"date\":\"2018-07-05\",\"time\":\"10:30:15\",\"offset\":\"+00:00\"}");
    assertThat(JSON.read(JSON.write(w), When.class)).isEqualTo(w);
    When fraction = TALKS.withTime(LocalTime.of(10, 30, 15, 250_000_000));
    assertThat(JSON.write(fraction)).contains("\"10:30:15.250\"");
    assertThat(JSON.read(JSON.write(fraction), When.class)).isEqualTo(fraction);
  }

  @Test
  void readsWhatItWrites() {
    assertThat(JSON.read(JSON.write(TALKS), When.class)).isEqualTo(TALKS);
  }

  @Test
  void refusesTimesAndOffsetsNotWrittenTheOneWay() {
    assertThat(
            pointersAndCodes(
                () ->
                    JSON.read(
                        "{\"date\":\"2018-07-05\",\"time\":\"10:30:00\",\"offset\":\"Z\"}",
                        When.class)))
        .containsExactly(at("/time", "json.format"), at("/offset", "json.format"));
    assertThat(
            pointersAndCodes(
                () ->
                    JSON.read(
                        "{\"date\":\"2018-07-05\",\"time\":\"10h30\",\"offset\":\"+0900\"}",
                        When.class)))
        .containsExactly(at("/time", "json.format"), at("/offset", "json.format"));
    assertThat(
            CodecHarness.problems(
                    () -> JSON.read("{\"date\":\"2018-07-05\",\"time\":\"10:30:00\"}", When.class))
                .get(0)
                .message())
        .contains("10:30");
  }

  @Test
  void reportsTheCoreRules() {
    assertThat(
            pointersAndCodes(
                () ->
                    JSON.read(
                        "{\"date\":\"2018-07\",\"until\":\"2018-06\",\"time\":\"10:30\"}",
                        When.class)))
        .containsExactly(at("/until", "when.order"), at("/time", "when.time.needsDay"));
    assertThat(
            pointersAndCodes(
                () -> JSON.read("{\"date\":\"2018-07-05\",\"offset\":\"+09:00\"}", When.class)))
        .containsExactly(at("/offset", "when.offset.needsTime"));
  }
}
