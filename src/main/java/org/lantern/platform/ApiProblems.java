package org.lantern.platform;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * RFC 9457 problem responses for the partner APIs, in the same words the forms use: every API
 * module answers bad input, conflicts and refusals the same way.
 */
@Component
public class ApiProblems {

  private final MessageSource messages;

  public ApiProblems(MessageSource messages) {
    this.messages = messages;
  }

  public ResponseEntity<ProblemDetail> invalid(Errors errors) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_CONTENT, text("api.invalid.detail"));
    problem.setTitle(text("api.invalid.title"));
    List<Map<String, String>> fields =
        errors.getFieldErrors().stream()
            .map(e -> Map.of("field", e.getField(), "detail", messages.getMessage(e, Locale.UK)))
            .toList();
    problem.setProperty("errors", fields);
    return respond(problem);
  }

  public ResponseEntity<ProblemDetail> notFound() {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text("api.notFound.detail"));
    problem.setTitle(text("api.notFound.title"));
    return respond(problem);
  }

  /** A problem titled and described by {@code key}.title and {@code key}.detail. */
  public ResponseEntity<ProblemDetail> of(HttpStatus status, String key) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(key + ".detail"));
    problem.setTitle(text(key + ".title"));
    return respond(problem);
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private String text(String key) {
    return messages.getMessage(key, null, Locale.UK);
  }
}
