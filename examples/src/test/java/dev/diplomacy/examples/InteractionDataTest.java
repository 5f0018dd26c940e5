package dev.diplomacy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.NdjsonReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InteractionDataTest {

  @Test
  void twoRunsOfTheGeneratorGiveEqualData() {
    // Determinism on purpose: all randomness comes from SEED (no clock, no hash order), so the
    // shipped files can be regenerated; the next test checks against those files independently.
    List<Event> events = InteractionData.events();
    assertThat(events).hasSize(InteractionData.EVENT_COUNT).isEqualTo(InteractionData.events());
    assertThat(events).extracting(Event::id).doesNotHaveDuplicates();
    assertThat(InteractionData.actors()).isEqualTo(InteractionData.actors());
  }

  @Test
  void theShippedFilesHoldWhatTheGeneratorMakes() throws Exception {
    List<Event> shipped = new ArrayList<>();
    try (InputStream in = InteractionData.shippedEvents();
        NdjsonReader<Event> reader = NdjsonReader.of(DiplomacyJson.strict(), Event.class, in)) {
      reader.forEachRemaining(shipped::add);
    }
    assertThat(shipped).isEqualTo(InteractionData.events());
    assertThat(InteractionData.shippedActors()).isEqualTo(InteractionData.actors());
  }

  @Test
  void theOnlyBrokenReferencesAreToTheUnknownActor() {
    Dossier all = InteractionData.actors().withEvents(InteractionData.events());
    Set<String> codes =
        all.validate().errors().stream().map(f -> f.code()).collect(Collectors.toSet());
    assertThat(codes).containsExactly("dossier.reference.unresolved");
    assertThat(all.validate().errors())
        .allSatisfy(
            f -> assertThat(f.message()).contains(InteractionData.UNKNOWN_ACTOR.toString()));
  }
}
