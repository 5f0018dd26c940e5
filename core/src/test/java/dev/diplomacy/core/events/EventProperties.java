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
        Map.ofEntries(
            Map.entry(EventKind.MEETING, EventGenerators.meetings()),
            Map.entry(EventKind.MESSAGE, EventGenerators.messages()),
            Map.entry(EventKind.SUPPORT_PLEDGE, EventGenerators.supportPledges()),
            Map.entry(EventKind.VISIT, EventGenerators.visits()),
            Map.entry(EventKind.DELEGATION, EventGenerators.delegations()),
            Map.entry(EventKind.MOURNING, EventGenerators.mournings()),
            Map.entry(EventKind.STATEMENT, EventGenerators.statements()),
            Map.entry(EventKind.MATERIAL_TRANSFER, EventGenerators.materialTransfers()),
            Map.entry(EventKind.AGREEMENT, EventGenerators.agreements()),
            Map.entry(EventKind.CODED, EventGenerators.codedEvents()),
            Map.entry(EventKind.OPAQUE, EventGenerators.opaqueEvents()));
    assertThat(generators.keySet()).containsExactlyInAnyOrder(EventKind.values());
    generators.forEach(
        (kind, gen) ->
            qt().withExamples(EXAMPLES / 5)
                .forAll(gen)
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
                    }));
  }
}
