package dev.diplomacy.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Meeting;
import org.junit.jupiter.api.Test;

class MissingAttributesExceptionTest {

  @Test
  void aMeetingWithoutAnIdIsAValidationExceptionWithPathAndCode() {
    assertThatThrownBy(() -> Meeting.builder().build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.type()).isEqualTo("Meeting");
              assertThat(e.findings())
                  .containsExactly(
                      Finding.error(
                          "id", "meeting.id.missing", "Meeting needs id, which was not set"));
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Invalid Meeting (1 problem):\n"
                          + "  id: Meeting needs id, which was not set [meeting.id.missing]");
            });
  }

  @Test
  void everyMissingAttributeIsAFindingInTheOrderOfTheType() {
    assertThatThrownBy(() -> CodedEvent.builder().build())
        .isInstanceOfSatisfying(
            MissingAttributesException.class,
            e -> {
              assertThat(e.type()).isEqualTo("CodedEvent");
              assertThat(e.codes())
                  .containsExactly("codedEvent.id.missing", "codedEvent.cameoCode.missing");
            });
    assertThatThrownBy(() -> CodedEvent.builder().id(Id.of("e")).build())
        .isInstanceOfSatisfying(
            MissingAttributesException.class,
            e -> assertThat(e.codes()).containsExactly("codedEvent.cameoCode.missing"));
  }

  @Test
  void madeOutsideABuilderItNamesItsCaller() {
    MissingAttributesException e = new MissingAttributesException("title");
    assertThat(e.type()).isEqualTo("MissingAttributesExceptionTest");
    assertThat(e.codes()).containsExactly("missingAttributesExceptionTest.title.missing");
  }
}
