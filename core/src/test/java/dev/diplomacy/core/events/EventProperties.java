package dev.diplomacy.core.events;

import static dev.diplomacy.core.events.EventGenerators.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.diplomacy.core.Id;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

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
    Map<EventKind, Gen<? extends Event>> generators =
        Map.of(
            EventKind.MEETING, EventGenerators.meetings(),
            EventKind.MESSAGE, EventGenerators.messages(),
            EventKind.SUPPORT_PLEDGE, EventGenerators.supportPledges(),
            EventKind.VISIT, EventGenerators.visits(),
            EventKind.DELEGATION, EventGenerators.delegations(),
            EventKind.MOURNING, EventGenerators.mournings(),
            EventKind.STATEMENT, EventGenerators.statements(),
            EventKind.MATERIAL_TRANSFER, EventGenerators.materialTransfers(),
            EventKind.AGREEMENT, EventGenerators.agreements(),
            EventKind.CODED, EventGenerators.codedEvents());
    assertThat(generators.keySet()).containsExactlyInAnyOrder(EventKind.values());
    generators.forEach(
        (kind, gen) ->
            qt().withExamples(EXAMPLES / 5)
                .forAll(gen)
                .checkAssert(
                    e -> {
                      assertThat(e.kind()).isEqualTo(kind);
                      assertThat(e.participants()).isNotEmpty();
                      List<Id> actors =
                          e.participants().stream().map(Participant::actor).distinct().collect(Collectors.toList());
                      assertThat(e.actorIds()).containsExactlyElementsOf(actors);
                    }));
  }
}
