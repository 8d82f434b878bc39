package org.lantern.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem responses for the partner APIs, in the same words the forms use: every API
 * module answers bad input, conflicts and refusals the same way.
 */
@Component
public class ApiProblems {

  private final MessageSource messages;
  private final JsonMapper json;

  public ApiProblems(MessageSource messages, JsonMapper json) {
    this.messages = messages;
    this.json = json;
  }

  /** A field the request got wrong, and what is wrong with it in plain words. */
  public record FieldProblem(String field, String detail) {}

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

  /** As {@link #of}, naming the fields that are wrong in {@code errors}, as a 422 does. */
  public ResponseEntity<ProblemDetail> of(
      HttpStatus status, String key, List<FieldProblem> fields) {
    ResponseEntity<ProblemDetail> answer = of(status, key);
    if (!fields.isEmpty()) {
      answer
          .getBody()
          .setProperty(
              "errors",
              fields.stream().map(f -> Map.of("field", f.field(), "detail", f.detail())).toList());
    }
    return answer;
  }

  /** A request body over its limit: 413, saying the limit. */
  public ResponseEntity<ProblemDetail> tooLarge(DataSize limit) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONTENT_TOO_LARGE,
            messages.getMessage("api.tooLarge.detail", new Object[] {readable(limit)}, Locale.UK));
    problem.setTitle(text("api.tooLarge.title"));
    problem.setProperty("maxBytes", limit.toBytes());
    return respond(problem);
  }

  /** A message of the API's, in plain words. */
  public String text(String key) {
    return messages.getMessage(key, null, Locale.UK);
  }

  /**
   * Writes a problem straight to the response, for filters that answer before Spring MVC does and
   * whatever the client asked for in Accept.
   */
  public void write(HttpServletResponse response, ResponseEntity<ProblemDetail> problem)
      throws IOException {
    response.setStatus(problem.getStatusCode().value());
    problem
        .getHeaders()
        .forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    response.setHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(json.writeValueAsBytes(problem.getBody()));
  }

  private static String readable(DataSize size) {
    long bytes = size.toBytes();
    if (bytes >= DataSize.ofMegabytes(1).toBytes()
        && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
      return size.toMegabytes() + " MB";
    }
    if (bytes >= DataSize.ofKilobytes(1).toBytes()
        && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
      return size.toKilobytes() + " KB";
    }
    return bytes + " bytes";
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
