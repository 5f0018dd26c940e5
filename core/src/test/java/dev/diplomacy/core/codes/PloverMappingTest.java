package dev.diplomacy.core.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PloverMappingTest {

  @Test
  void aCategoryAloneHasNoModeAndNoContext() {
    PloverMapping m = PloverMapping.of(PloverCategory.AID);
    assertThat(m.category()).isEqualTo(PloverCategory.AID);
    assertThat(m.mode()).isEmpty();
    assertThat(m.contexts()).isEmpty();
  }

  @Test
  void takesAModeAndContexts() {
    PloverMapping m =
        PloverMapping.builder()
            .category(PloverCategory.ACCUSE)
            .mode("investigate")
            .addContexts("crime", "corruption")
            .build();
    assertThat(m.mode()).contains("investigate");
    assertThat(m.contexts()).containsExactly("crime", "corruption");
    assertThat(PloverMapping.builder().from(m).build()).isEqualTo(m);
    assertThat(m.withMode("allege").mode()).contains("allege");
  }

  @Test
  void modesAndContextsAreWordsWithHyphensAndUnderscores() {
    PloverMapping m =
        PloverMapping.builder()
            .category(PloverCategory.ASSAULT)
            .mode("heavy-weapons")
            .addContext("religion_ethnicity")
            .build();
    assertThat(m.mode()).contains("heavy-weapons");
  }

  @Test
  void rejectsABlankMode() {
    assertThatThrownBy(
            () -> PloverMapping.builder().category(PloverCategory.CONSULT).mode(" ").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("ploverMapping.mode.blank"));
  }

  @Test
  void rejectsAModeOfMoreThanOneWord() {
    assertThatThrownBy(
            () -> PloverMapping.builder().category(PloverCategory.CONSULT).mode("visit ").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("ploverMapping.mode.format");
              assertThat(e.getMessage()).contains("'visit '");
            });
  }

  @Test
  void rejectsBlankJoinedAndRepeatedContextsAllAtOnce() {
    assertThatThrownBy(
            () ->
                PloverMapping.builder()
                    .category(PloverCategory.ACCUSE)
                    .mode("")
                    .contexts(List.of("military", "", "crime; corruption", "military"))
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes())
                  .containsExactly(
                      "ploverMapping.mode.blank",
                      "ploverMapping.contexts.blank",
                      "ploverMapping.contexts.format",
                      "ploverMapping.contexts.distinct");
              assertThat(e.findings())
                  .extracting(f -> f.path())
                  .containsExactly("mode", "contexts[1]", "contexts[2]", "contexts[3]");
            });
  }
}
