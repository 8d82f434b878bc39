package org.lantern.referral.api;

import jakarta.servlet.http.HttpServletRequest;
import org.lantern.platform.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Partner API requests that fail before a controller is chosen (a method or a content type the API
 * does not take, an address it does not have) get problem responses too. {@link
 * ApiExceptionHandler} never sees them: it is scoped to the API's controller and, being a {@code
 * ResponseEntityExceptionHandler}, it switches Spring Boot's own problem details off. Pages
 * rethrow, so they keep their error pages.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRequestProblems {

  private final ApiProblems problems;

  ApiRequestProblems(ApiProblems problems) {
    this.problems = problems;
  }

  /** An address under /api/ that is not part of the API. */
  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noSuchAddress(
      NoResourceFoundException e, HttpServletRequest request) throws Exception {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      throw e;
    }
    return problems.of(HttpStatus.NOT_FOUND, "api.noSuchAddress");
  }

  @ExceptionHandler({
    HttpRequestMethodNotSupportedException.class,
    HttpMediaTypeNotSupportedException.class
  })
  ResponseEntity<ProblemDetail> unsupported(Exception e, HttpServletRequest request)
      throws Exception {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      throw e;
    }
    ErrorResponse error = (ErrorResponse) e;
    String key =
        e instanceof HttpRequestMethodNotSupportedException
            ? "api.methodNotAllowed"
            : "api.unsupportedMediaType";
    ResponseEntity<ProblemDetail> problem =
        problems.of(HttpStatus.valueOf(error.getStatusCode().value()), key);
    return ResponseEntity.status(error.getStatusCode())
        .headers(error.getHeaders())
        .headers(problem.getHeaders())
        .body(problem.getBody());
  }
}
