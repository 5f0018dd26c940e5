package dev.diplomacy.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.NdjsonReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventGeneratorTest {

  @Test
  void anEventIsTheSameWhateverWasMadeBefore() {
    assertThat(EventGenerator.event(1234)).isEqualTo(EventGenerator.event(1234));
    assertThat(EventGenerator.ndjson(50)).isEqualTo(EventGenerator.ndjson(50));
  }

  @Test
  void theNdjsonReadsBackAsTheEventsInTheirOrder() {
    int count = 3_000;
    List<Event> read = new ArrayList<>();
    try (NdjsonReader<Event> events =
        NdjsonReader.of(
            DiplomacyJson.strict(),
            Event.class,
            new ByteArrayInputStream(EventGenerator.ndjson(count)))) {
      events.forEachRemaining(read::add);
    }
    assertThat(read).hasSize(count);
    Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
    for (int i = 0; i < count; i++) {
      assertThat(read.get(i)).isEqualTo(EventGenerator.event(i));
      kinds.add(read.get(i).kind());
    }
    assertThat(kinds)
        .containsExactlyInAnyOrder(
            EventKind.MEETING,
            EventKind.MESSAGE,
            EventKind.STATEMENT,
            EventKind.VISIT,
            EventKind.SUPPORT_PLEDGE,
            EventKind.CODED);
  }
}
