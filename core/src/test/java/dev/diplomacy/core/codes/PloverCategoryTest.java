package dev.diplomacy.core.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PloverCategoryTest {

  @Test
  void areTheSixteenOfPlover() {
    assertThat(PloverCategory.values())
        .extracting(Enum::name)
        .containsExactly(
            "AGREE",
            "CONSULT",
            "SUPPORT",
            "CONCEDE",
            "COOPERATE",
            "AID",
            "RETREAT",
            "REQUEST",
            "ACCUSE",
            "REJECT",
            "THREATEN",
            "PROTEST",
            "SANCTION",
            "MOBILIZE",
            "COERCE",
            "ASSAULT");
  }

  @ParameterizedTest
  @EnumSource(PloverCategory.class)
  void isReadByItsName(PloverCategory category) {
    assertThat(PloverCategory.of(category.name())).isSameAs(category);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "consult", "Consult", " CONSULT", "DOCUMENT", "MEET"})
  void anyOtherNameIsAnErrorThatNamesIt(String name) {
    assertThatThrownBy(() -> PloverCategory.of(name))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("ploverCategory.unknown");
              assertThat(e.getMessage()).contains("'" + name + "'");
            });
  }
}
