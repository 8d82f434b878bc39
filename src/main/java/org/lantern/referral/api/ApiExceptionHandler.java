package org.lantern.referral.api;

import org.jspecify.annotations.Nullable;
import org.lantern.platform.ApiProblems;
import org.lantern.referral.ConcernSubmission.SourceIdReusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every failure of the partner API as a problem response: never a stack trace, never an HTML page.
 */
@RestControllerAdvice(assignableTypes = ConcernApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final ApiProblems problems;

  ApiExceptionHandler(ApiProblems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(SourceIdReusedException.class)
  ResponseEntity<ProblemDetail> reused(SourceIdReusedException e) {
    return problems.of(HttpStatus.CONFLICT, "api.sourceIdReused");
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("Partner API request failed", e);
    return problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "api.failed");
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest()
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(problems.of(HttpStatus.BAD_REQUEST, "api.unreadable").getBody());
  }
}
