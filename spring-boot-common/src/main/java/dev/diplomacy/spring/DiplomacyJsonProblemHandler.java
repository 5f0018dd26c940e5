package dev.diplomacy.spring;

import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.Problem;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a request body that breaks the format with its problems, as {@code
 * application/problem+json} (see {@link ProblemResponses}), in place of Spring MVC's bare {@code
 * 400 Bad Request}.
 *
 * <p>Spring MVC reports a body it cannot read as an {@link HttpMessageNotReadableException} whose
 * cause is Jackson's (Jackson 3's or Jackson 2's: the handler serves both starters), whose cause is
 * the {@link DiplomacyJsonException} that lists the problems; Spring matches this handler on that
 * cause. Every other unreadable body (broken JSON outside the library's types, a body of another
 * type) is left to Spring MVC and the application's own handlers, as is a {@code
 * DiplomacyJsonException} thrown anywhere but in reading the request body: a document the
 * application reads itself, or a value it cannot write, is its own failure, not the client's. The
 * handler comes first among the application's advice, so that a handler of every {@code
 * HttpMessageNotReadableException} (such as Spring's {@code ResponseEntityExceptionHandler}) does
 * not answer first; {@code diplomacy.json.problem-details=false} turns it off.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DiplomacyJsonProblemHandler {

  /** Creates the handler; the starters' auto-configuration does. */
  public DiplomacyJsonProblemHandler() {}

  /**
   * The problems of an unreadable request body.
   *
   * @param invalid the library's exception, found among the causes
   * @param raised what Spring MVC raised: Spring passes the exception and its causes, in that
   *     order, and gives this parameter the first of them
   * @return the {@code 400} problem+json answer
   * @throws Exception {@code raised} itself, when it is not a request body Spring MVC could not
   *     read: Spring then handles it as though this handler did not exist
   */
  @ExceptionHandler(DiplomacyJsonException.class)
  public ResponseEntity<ProblemDetail> invalidBody(DiplomacyJsonException invalid, Exception raised)
      throws Exception {
    if (!(raised instanceof HttpMessageNotReadableException)) {
      throw raised;
    }
    return ProblemResponses.badRequest(entries(invalid.problems()));
  }

  private static List<Map<String, Object>> entries(List<Problem> problems) {
    return problems.stream()
        .map(
            p -> ProblemResponses.problem(p.pointer(), p.code(), p.message(), p.line(), p.column()))
        .collect(Collectors.toList());
  }
}
