package dev.diplomacy.core.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.EventGenerators;
import org.junit.jupiter.api.Test;

class EventCodingProperties {

  private static final int EXAMPLES = 500;

  @Test
  void everyTypedEventCodesToACodeOfTheCodebookWithItsPloverCategoryOrGap() {
    qt().withExamples(EXAMPLES)
        .forAll(EventGenerators.events())
        .assuming(e -> !(e instanceof CodedEvent))
        .checkAssert(
            e -> {
              Coding c = EventCoding.of(e);
              assertThat(CameoCodebook.all()).contains(c.cameo());
              assertThat(c.plover()).isEqualTo(PloverTable.forCameo(c.cameo()));
              assertThat(c.plover().isPresent()).isNotEqualTo(c.ploverGap().isPresent());
              assertThat(c.notes()).allSatisfy(n -> assertThat(n).isNotBlank());
            });
  }
}
