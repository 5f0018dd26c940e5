package dev.diplomacy.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

  @Test
  void oneFinding() {
    ValidationException e = ValidationException.of("Id", "", "id.format", "Invalid id ' '");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.type()).isEqualTo("Id");
    assertThat(e.codes()).containsExactly("id.format");
    assertThat(e.findings()).containsExactly(Finding.error("", "id.format", "Invalid id ' '"));
    assertThat(e.getMessage())
        .isEqualTo("Invalid Id (1 problem):\n  (value): Invalid id ' ' [id.format]");
  }

  @Test
  void theMessageListsEveryFindingInOrder() {
    ValidationException e =
        new ValidationException(
            "Meeting",
            List.of(
                Finding.error(
                    "participants",
                    "meeting.participants.distinct",
                    "a meeting needs two participants"),
                Finding.error(
                    "participants[1]",
                    "meeting.participants.unique",
                    "Kim Jong-un is listed twice"),
                Finding.warning("", "meeting.date.vague", "only a year is known")));
    assertThat(e.codes())
        .containsExactly(
            "meeting.participants.distinct", "meeting.participants.unique", "meeting.date.vague");
    assertThat(e.getMessage())
        .isEqualTo(
            "Invalid Meeting (3 problems):\n"
                + "  participants: a meeting needs two participants [meeting.participants.distinct]\n"
                + "  participants[1]: Kim Jong-un is listed twice [meeting.participants.unique]\n"
                + "  (value): only a year is known [meeting.date.vague]");
  }

  @Test
  void keepsItsOwnUnmodifiableCopyOfTheFindings() {
    List<Finding> findings = new ArrayList<>(List.of(Finding.error("a", "x.a", "m")));
    ValidationException e = new ValidationException("X", findings);
    findings.add(Finding.error("b", "x.b", "m"));
    assertThat(e.findings()).hasSize(1);
    assertThatThrownBy(() -> e.findings().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void needsAtLeastOneFinding() {
    assertThatThrownBy(() -> new ValidationException("X", List.of()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one finding");
  }
}
