package dev.diplomacy.core.analysis;

import static dev.diplomacy.core.analysis.AnalysisFixtures.KP;
import static dev.diplomacy.core.analysis.AnalysisFixtures.US;
import static dev.diplomacy.core.analysis.AnalysisFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.time.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventMapTest {

  @Test
  void oneFeaturePerEventWithCoordinatesLongitudeFirst() {
    PartialDate day = PartialDate.of(2018, 6, 1);
    EventRow first = EventTableTest.placed(row("e1", day, "040", 1, List.of(US), List.of(KP)));
    EventRow mirror = EventTableTest.placed(row("e1", day, "040", 1, List.of(KP), List.of(US)));
    EventRow nowhere = row("e2", day, "040", 1, List.of(US), List.of(KP));
    StringBuilder out = new StringBuilder();
    long leftOut = EventMap.writeGeoJson(List.of(first, mirror, nowhere), out);
    assertThat(leftOut).isEqualTo(1);
    assertThat(out.toString())
        .isEqualTo(
            "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"id\":\"e1\",\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[125.7543,39.0339]},\"properties\":{\"event_id\":\"e1\","
                + "\"kind\":\"coded\",\"date\":\"2018-06-01\",\"precision\":\"day\","
                + "\"coding\":\"icews\",\"record\":\"e1\",\"cameo\":\"040\",\"root\":\"04\","
                + "\"quad_class\":1,\"goldstein\":1,\"source_ids\":\"united-states\","
                + "\"source_names\":\"United States\",\"source_countries\":\"USA\","
                + "\"target_ids\":\"north-korea\",\"target_names\":\"North Korea\","
                + "\"target_countries\":\"PRK\",\"place\":\"Pyongyang\",\"place_country\":\"PRK\","
                + "\"admin1\":\"P'yŏngyang-si\",\"latitude\":39.0339,\"longitude\":125.7543,"
                + "\"first_source\":\"icews-story-1\",\"codings\":2}}]}\n");
  }

  @Test
  void noRowsIsAnEmptyCollection() {
    StringBuilder out = new StringBuilder();
    assertThat(EventMap.writeGeoJson(List.of(), out)).isZero();
    assertThat(out.toString()).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}\n");
  }

  @Test
  void stringsAreEscaped() {
    assertThat(EventMap.string("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
  }
}
