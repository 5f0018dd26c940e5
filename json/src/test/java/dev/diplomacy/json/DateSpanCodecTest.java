package dev.diplomacy.json;

import static dev.diplomacy.json.CodecHarness.at;
import static dev.diplomacy.json.CodecHarness.pointersAndCodes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.PartialDate;
import org.junit.jupiter.api.Test;

class DateSpanCodecTest {

  private static final DiplomacyJson JSON = DiplomacyJson.strict();

  @Test
  void writesAnOpenSpanWithoutEnd() {
    assertThat(JSON.write(DateSpan.since(PartialDate.ofYear(1960))))
        .isEqualTo("{\"start\":\"1960\"}");
    assertThat(JSON.write(DateSpan.parse("2016-11-26/2016-11-28")))
        .isEqualTo("{\"start\":\"2016-11-26\",\"end\":\"2016-11-28\"}");
  }

  @Test
  void readsWhatItWrites() {
    DateSpan span = DateSpan.parse("1960/2018-07");
    assertThat(JSON.read(JSON.write(span), DateSpan.class)).isEqualTo(span);
  }

  @Test
  void refusesBadDatesAndOrder() {
    assertThat(
            pointersAndCodes(
                () -> JSON.read("{\"start\":\"2018-02-30\",\"end\":\"18\"}", DateSpan.class)))
        .containsExactly(at("/start", "partialDate.invalid"), at("/end", "partialDate.invalid"));
    assertThat(
            pointersAndCodes(
                () -> JSON.read("{\"start\":\"2018\",\"end\":\"2017\"}", DateSpan.class)))
        .containsExactly(at("/end", "dateSpan.order"));
  }

  @Test
  void refusesDatesThatAreNotStrings() {
    assertThat(pointersAndCodes(() -> JSON.read("{\"start\":1960}", DateSpan.class)))
        .containsExactly(at("/start", "json.type"));
    assertThat(pointersAndCodes(() -> JSON.read("{\"end\":1961}", DateSpan.class)))
        .containsExactly(at("/end", "json.type"));
  }

  @Test
  void readsASpanWhoseStartIsNotKnown() {
    assertThat(JSON.read("{\"end\":\"1961\"}", DateSpan.class))
        .isEqualTo(DateSpan.parse("../1961"));
    assertThat(JSON.write(DateSpan.parse("../1961"))).isEqualTo("{\"end\":\"1961\"}");
  }
}
