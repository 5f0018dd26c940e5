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
    // Determinism on purpose: each event is seeded by its index alone, so the benchmarks see
    // the same data whatever they generated first. Events made in between must not change it.
    Event first = EventGenerator.event(1234);
    byte[] fifty = EventGenerator.ndjson(50);
    for (int i = 0; i < 100; i++) {
      EventGenerator.event(i);
    }
    assertThat(EventGenerator.event(1234)).isEqualTo(first);
    assertThat(EventGenerator.event(1235)).isNotEqualTo(first);
    // A longer file begins with the shorter one: line n does not depend on the count.
    byte[] sixty = EventGenerator.ndjson(60);
    assertThat(java.util.Arrays.copyOf(sixty, fifty.length)).isEqualTo(fifty);
    assertThat(sixty.length).isGreaterThan(fifty.length);
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
