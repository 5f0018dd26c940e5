package dev.diplomacy.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void throwsNothingWhenEveryRuleHolds() {
    Checks c = Checks.of("Meeting").require(true, "participants", "meeting.participants.distinct", "m");
    assertThat(c.isEmpty()).isTrue();
    assertThatCode(c::throwIfAny).doesNotThrowAnyException();
  }

  @Test
  void collectsEveryBrokenRuleThenThrowsOnce() {
    Checks c =
        Checks.of("Meeting")
            .require(false, "participants", "meeting.participants.distinct", "needs two")
            .require(true, "place", "meeting.place.x", "fine")
            .notBlank(" ", "summary", "meeting.summary.blank")
            .addAll(List.of(Finding.warning("extensions[X]", "meeting.extensions.key", "bad key")));
    assertThat(c.isEmpty()).isFalse();
    assertThatThrownBy(c::throwIfAny)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.type()).isEqualTo("Meeting");
              assertThat(e.codes())
                  .containsExactly("meeting.participants.distinct", "meeting.summary.blank", "meeting.extensions.key");
              assertThat(e.findings())
                  .extracting(Finding::path)
                  .containsExactly("participants", "summary", "extensions[X]");
              assertThat(e.findings().get(1).message()).isEqualTo("summary must not be blank");
            });
  }

  @Test
  void noneBlankPointsAtEachBlankElement() {
    assertThatThrownBy(
            () -> Checks.of("Person").noneBlank(List.of("Kim", "", "Ri", "\t"), "names", "person.names.blank").throwIfAny())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("person.names.blank", "person.names.blank");
              assertThat(e.findings()).extracting(Finding::path).containsExactly("names[1]", "names[3]");
            });
    assertThat(Checks.of("Person").noneBlank(List.of("Kim"), "names", "c").isEmpty()).isTrue();
  }

  @Test
  void uniquePointsAtEachRepeat() {
    assertThatThrownBy(
            () ->
                Checks.of("Meeting")
                    .unique(List.of("kim", "ri", "kim", "kim"), "participants", "meeting.participants.unique", "participant")
                    .throwIfAny())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.findings()).extracting(Finding::path).containsExactly("participants[2]", "participants[3]");
              assertThat(e.findings().get(0).message()).isEqualTo("participant kim is listed twice");
            });
    assertThat(Checks.of("Meeting").unique(List.of("kim", "ri"), "participants", "c", "p").isEmpty()).isTrue();
  }
}
