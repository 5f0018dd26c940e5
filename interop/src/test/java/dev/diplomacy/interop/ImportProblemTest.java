package dev.diplomacy.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.validation.Severity;
import org.junit.jupiter.api.Test;

class ImportProblemTest {

  @Test
  void anErrorIsARejectionAndAWarningIsNot() {
    assertThat(ImportProblem.rejection(3, "icews.date.invalid", "bad date").isRejection()).isTrue();
    assertThat(ImportProblem.rejection(3, "icews.date.invalid", "bad date").severity())
        .isEqualTo(Severity.ERROR);
    assertThat(ImportProblem.warning(4, "icews.country.unknown", "Atlantis").isRejection())
        .isFalse();
  }

  @Test
  void printsLineSeverityCodeAndReason() {
    assertThat(ImportProblem.rejection(3, "icews.date.invalid", "bad date"))
        .hasToString("line 3: ERROR icews.date.invalid: bad date");
  }

  @Test
  void needsACodeASeverityAndAReason() {
    assertThatThrownBy(() -> new ImportProblem(1, "c", Severity.ERROR, null))
        .isInstanceOf(NullPointerException.class);
  }
}
