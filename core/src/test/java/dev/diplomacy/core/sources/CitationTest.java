package dev.diplomacy.core.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class CitationTest {

  private static final Id KCNA = Id.of("kcna-2018-07-09");

  @Test
  void citesASourceWithOrWithoutItsWords() {
    assertThat(Citation.of(KCNA).quote()).isEmpty();
    Citation quoted = Citation.of(KCNA, "the talk took place in a friendly atmosphere");
    assertThat(quoted.source()).isEqualTo(KCNA);
    assertThat(quoted.quote()).contains("the talk took place in a friendly atmosphere");
    assertThat(quoted.withLocator("paragraph 3").locator()).contains("paragraph 3");
    assertThat(Citation.builder().from(quoted).build()).isEqualTo(quoted);
  }

  @Test
  void oneSourceIsQuotedDifferentlyByEachEvent() {
    assertThat(Citation.of(KCNA, "a friendly atmosphere"))
        .isNotEqualTo(Citation.of(KCNA, "his most wholehearted greetings"));
  }

  @Test
  void rejectsABlankQuoteOrLocator() {
    assertThatThrownBy(() -> Citation.builder().source(KCNA).quote("").locator("\t").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes())
                  .containsExactly("citation.quote.blank", "citation.locator.blank");
              assertThat(e.findings())
                  .extracting(f -> f.path())
                  .containsExactly("quote", "locator");
            });
  }
}
