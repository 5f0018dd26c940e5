package dev.diplomacy.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The problem+json answer, on the oldest Spring Framework the starters support (6). */
class ProblemResponsesTest {

  private static final Map<String, Object> DATE =
      ProblemResponses.problem(
          "/events/0/date",
          "partialDate.invalid",
          "Invalid partial date '2018-02-30'",
          OptionalInt.of(7),
          OptionalInt.of(15));
  private static final Map<String, Object> ACTOR =
      ProblemResponses.problem(
          "/events/1/participants/0/actor",
          "dossier.reference.unresolved",
          "No actor 'nobody' in the dossier",
          OptionalInt.empty(),
          OptionalInt.empty());

  @Test
  void listsEveryProblemWithItsPointerCodeAndMessage() {
    ResponseEntity<ProblemDetail> response = ProblemResponses.badRequest(List.of(DATE, ACTOR));

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    ProblemDetail detail = response.getBody();
    assertThat(detail).isNotNull();
    assertThat(detail.getStatus()).isEqualTo(400);
    assertThat(detail.getType()).isEqualTo(ProblemResponses.INVALID_DOCUMENT);
    assertThat(detail.getTitle()).isEqualTo("Invalid JSON document");
    assertThat(detail.getDetail()).isEqualTo("The request body breaks 2 rules of the format.");
    assertThat(detail.getProperties()).containsOnlyKeys("problems");
    assertThat(detail.getProperties().get("problems")).isEqualTo(List.of(DATE, ACTOR));
  }

  @Test
  void anEntryNamesItsPartsInOrderAndLeavesOutAnUnknownPlace() {
    assertThat(DATE.keySet()).containsExactly("pointer", "code", "message", "line", "column");
    assertThat(DATE).containsEntry("line", 7).containsEntry("column", 15);
    assertThat(ACTOR.keySet()).containsExactly("pointer", "code", "message");
  }

  @Test
  void oneProblemIsOneRule() {
    assertThat(ProblemResponses.invalidDocument(List.of(ACTOR)).getDetail())
        .isEqualTo("The request body breaks 1 rule of the format.");
  }

  @Test
  void refusesAnAnswerWithoutProblems() {
    assertThatThrownBy(() -> ProblemResponses.invalidDocument(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one problem");
  }
}
