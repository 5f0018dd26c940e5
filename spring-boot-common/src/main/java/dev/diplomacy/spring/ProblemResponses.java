package dev.diplomacy.spring;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The answer to a request whose JSON body breaks diplomacy's format: an RFC 9457 problem detail,
 * {@code 400 Bad Request} as {@code application/problem+json}, that lists every problem found, each
 * with its JSON Pointer, its stable code and its message, and its line and column where known:
 *
 * <pre>{@code
 * {
 *   "type": "https://diplomacy.dev/problems/invalid-document",
 *   "title": "Invalid JSON document",
 *   "status": 400,
 *   "detail": "The request body breaks 2 rules of the format.",
 *   "problems": [
 *     {"pointer": "/events/0/date", "code": "partialDate.invalid", "message": "...", "line": 7, "column": 15},
 *     ...
 *   ]
 * }
 * }</pre>
 *
 * <p>The same for every binding (Jackson 3 and Jackson 2) and every Spring Framework the starters
 * run on (6 and 7): each starter turns its binding's problems into {@link #problem} entries.
 */
public final class ProblemResponses {

  /** The problem type of a request body that is not a valid document of the format. */
  public static final URI INVALID_DOCUMENT =
      URI.create("https://diplomacy.dev/problems/invalid-document");

  private ProblemResponses() {}

  /**
   * One problem of the document, as an entry of the answer's {@code problems} member: {@code
   * pointer}, {@code code} and {@code message}, then {@code line} and {@code column} when known.
   *
   * @param pointer the JSON Pointer (RFC 6901) of the offending value, {@code ""} for the document
   * @param code the problem's stable code, such as {@code partialDate.invalid}
   * @param message what is wrong, in plain English
   * @param line the line of the offending value, from 1, when known
   * @param column its column, from 1, when known
   * @return the entry, in that order
   */
  public static Map<String, Object> problem(
      String pointer, String code, String message, OptionalInt line, OptionalInt column) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("pointer", Objects.requireNonNull(pointer, "pointer"));
    entry.put("code", Objects.requireNonNull(code, "code"));
    entry.put("message", Objects.requireNonNull(message, "message"));
    line.ifPresent(l -> entry.put("line", l));
    column.ifPresent(c -> entry.put("column", c));
    return entry;
  }

  /**
   * The problem detail of an invalid request body.
   *
   * @param problems the entries made by {@link #problem}, in document order; at least one
   * @return a {@code 400} problem detail of type {@link #INVALID_DOCUMENT} whose {@code problems}
   *     member lists them
   */
  public static ProblemDetail invalidDocument(List<Map<String, Object>> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid document has at least one problem");
    }
    ProblemDetail detail =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "The request body breaks "
                + (problems.size() == 1 ? "1 rule" : problems.size() + " rules")
                + " of the format.");
    detail.setType(INVALID_DOCUMENT);
    detail.setTitle("Invalid JSON document");
    detail.setProperty("problems", List.copyOf(problems));
    return detail;
  }

  /**
   * The response of an invalid request body: {@link #invalidDocument} as {@code
   * application/problem+json}.
   *
   * @param problems the entries made by {@link #problem}, in document order; at least one
   * @return the {@code 400} response
   */
  public static ResponseEntity<ProblemDetail> badRequest(List<Map<String, Object>> problems) {
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(invalidDocument(problems));
  }
}
