package org.lantern.access.security;

import jakarta.servlet.http.HttpServletRequest;
import org.lantern.platform.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Partner API requests that fail before an operation is chosen (a method, a content type or an
 * Accept the API does not take, an address it does not have) get problem responses too. {@link
 * ApiErrorAdvice} never sees them: it is scoped to the API's controllers and, being a {@code
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

  @ExceptionHandler({
    NoResourceFoundException.class,
    HttpRequestMethodNotSupportedException.class,
    HttpMediaTypeNotSupportedException.class,
    HttpMediaTypeNotAcceptableException.class,
    MaxUploadSizeExceededException.class
  })
  ResponseEntity<ProblemDetail> beforeAnOperation(Exception e, HttpServletRequest request)
      throws Exception {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      throw e;
    }
    ErrorResponse error = (ErrorResponse) e;
    HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
    ResponseEntity<ProblemDetail> problem = problems.of(status, keyFor(e, status));
    return ResponseEntity.status(error.getStatusCode())
        .headers(error.getHeaders())
        .headers(problem.getHeaders())
        .body(problem.getBody());
  }

  /** The message key of the problem for one of Spring MVC's own exceptions. */
  static String keyFor(Exception e, HttpStatus status) {
    return switch (e) {
      case NoResourceFoundException x -> "api.noSuchAddress";
      case HttpRequestMethodNotSupportedException x -> "api.methodNotAllowed";
      case HttpMediaTypeNotSupportedException x -> "api.unsupportedMediaType";
      case HttpMediaTypeNotAcceptableException x -> "api.notAcceptable";
      case MaxUploadSizeExceededException x -> "api.tooLargeUpload";
      default -> status.is5xxServerError() ? "api.failed" : "api.badRequest";
    };
  }
}
