package org.lantern.access.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessRefusedException;
import org.lantern.platform.ApiProblems;
import org.lantern.platform.ApiProblems.FieldProblem;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.platform.RequestTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every failure of a partner API operation, in every module, as an RFC 9457 problem in Lantern's
 * own plain words: never Spring's default body, never a stack trace, never an HTML page. (Requests
 * that fail before an operation is chosen are {@link ApiRequestProblems}'.)
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrorAdvice.class);

  private final ApiProblems problems;

  ApiErrorAdvice(ApiProblems problems) {
    this.problems = problems;
  }

  /** Refused by the access policy (and audited there): as if there were no such record. */
  @ExceptionHandler({AccessRefusedException.class, RecordNotFoundException.class})
  ResponseEntity<ProblemDetail> noSuchRecord(RuntimeException e) {
    return problems.of(HttpStatus.NOT_FOUND, "api.noSuchRecord");
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
    RequestTooLargeException tooLarge = causeOf(ex, RequestTooLargeException.class);
    if (tooLarge != null) {
      return relay(problems.tooLarge(tooLarge.limit()), headers);
    }
    JacksonException json = causeOf(ex, JacksonException.class);
    String field = json == null ? "" : field(json);
    String expected =
        json instanceof UnrecognizedPropertyException
            ? "api.json.unknownField"
            : json instanceof MismatchedInputException mismatch ? expected(mismatch) : null;
    if (expected != null && !field.isEmpty()) {
      FieldProblem problem = new FieldProblem(field, problems.text(expected));
      return relay(
          problems.of(HttpStatus.BAD_REQUEST, "api.json.fields", List.of(problem)), headers);
    }
    return relay(problems.of(HttpStatus.BAD_REQUEST, "api.unreadable"), headers);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name =
        ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
    List<FieldProblem> fields =
        name == null
            ? List.of()
            : List.of(new FieldProblem(name, problems.text("api.badParameter.field")));
    return relay(problems.of(HttpStatus.BAD_REQUEST, "api.badParameter", fields), headers);
  }

  /** Spring MVC's own exceptions (method, media type, missing parameter ...) in our words. */
  @Override
  protected @Nullable ResponseEntity<Object> handleExceptionInternal(
      Exception ex,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    HttpStatus status = HttpStatus.resolve(statusCode.value());
    if (status == null) {
      status = HttpStatus.BAD_REQUEST;
    }
    return relay(problems.of(status, ApiRequestProblems.keyFor(ex, status)), headers);
  }

  private static ResponseEntity<Object> relay(
      ResponseEntity<ProblemDetail> problem, HttpHeaders headers) {
    HttpHeaders all = new HttpHeaders();
    all.addAll(headers);
    problem.getHeaders().forEach((name, values) -> all.put(name, values));
    return ResponseEntity.status(problem.getStatusCode()).headers(all).body(problem.getBody());
  }

  /** The JSON path of the field, as the API documents it: {@code child.nhsNumber}. */
  private static String field(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      if (r.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String expected(MismatchedInputException e) {
    Class<?> type = e.getTargetType();
    if (type == null) {
      return "api.json.wrongType";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "api.json.boolean";
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "api.json.text";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "api.json.list";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "api.json.number";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "api.json.object";
    }
    return "api.json.wrongType";
  }

  private static <T extends Throwable> @Nullable T causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
