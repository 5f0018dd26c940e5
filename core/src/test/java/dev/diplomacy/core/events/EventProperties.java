package dev.diplomacy.core.events;

import static dev.diplomacy.core.events.EventGenerators.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.diplomacy.core.Id;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventProperties {

  private static final int EXAMPLES = 300;

  @Test
  void rebuildingAnEventFromItselfGivesAnEqualEvent() {
    qt().withExamples(EXAMPLES)
        .forAll(events())
        .checkAssert(
            e -> {
              Event copy = EventGenerators.rebuild(e);
              assertThat(copy).isEqualTo(e).hasSameHashCodeAs(e);
              assertThat(copy.participants()).isEqualTo(e.participants());
            });
  }

  @Test
  void everyGeneratedEventOfEveryKindBuilds() {
    for (EventKind kind : EventKind.values()) {
      qt().withExamples(EXAMPLES / 5)
          .forAll(EventGenerators.events(kind))
          .checkAssert(
              e -> {
                assertThat(e.kind()).isEqualTo(kind);
                if (kind != EventKind.OPAQUE) {
                  assertThat(e.participants()).isNotEmpty();
                }
                List<Id> actors =
                    e.participants().stream()
                        .map(Participant::actor)
                        .distinct()
                        .collect(Collectors.toList());
                assertThat(e.actorIds()).containsExactlyElementsOf(actors);
              });
    }
  }
}
