package org.lantern.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.ApiProblems;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Lantern's error pages, in place of Spring Boot's: a page (error/404, error/4xx ...) for people,
 * an RFC 9457 problem for anything under /api/ (whatever it asked for in Accept), and a small JSON
 * body for other clients. {@code /error} asked for directly is not an error that happened: it is
 * answered as an address that does not exist (404), never Spring Boot's 500 with status 999.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages extends AbstractErrorController {

  private final ApiProblems problems;

  ErrorPages(ErrorAttributes attributes, List<ErrorViewResolver> resolvers, ApiProblems problems) {
    super(attributes, resolvers);
    this.problems = problems;
  }

  @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
  @Nullable ModelAndView page(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpStatus status = getStatus(request);
    if (isApi(request)) {
      problems.write(response, problem(status));
      return null;
    }
    response.setStatus(status.value());
    Map<String, Object> model = Map.of("status", status.value());
    ModelAndView page = resolveErrorView(request, response, status, model);
    return page != null
        ? page
        : new ModelAndView(status.is4xxClientError() ? "error/4xx" : "error/5xx", model, status);
  }

  @RequestMapping
  ResponseEntity<?> other(HttpServletRequest request) {
    HttpStatus status = getStatus(request);
    if (isApi(request)) {
      return problem(status);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.value());
    body.put("error", status.getReasonPhrase());
    return ResponseEntity.status(status).body(body);
  }

  /** The status of the error being shown; none (a request for /error itself) is a 404. */
  @Override
  protected HttpStatus getStatus(HttpServletRequest request) {
    if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
      return HttpStatus.NOT_FOUND;
    }
    return super.getStatus(request);
  }

  private ResponseEntity<ProblemDetail> problem(HttpStatus status) {
    String key =
        switch (status) {
          case NOT_FOUND -> "api.noSuchAddress";
          case METHOD_NOT_ALLOWED -> "api.methodNotAllowed";
          case UNSUPPORTED_MEDIA_TYPE -> "api.unsupportedMediaType";
          case NOT_ACCEPTABLE -> "api.notAcceptable";
          case CONTENT_TOO_LARGE -> "api.tooLargeUpload";
          default -> status.is5xxServerError() ? "api.failed" : "api.badRequest";
        };
    return problems.of(status, key);
  }

  private static boolean isApi(HttpServletRequest request) {
    String uri = Objects.toString(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), "");
    return uri.startsWith(request.getContextPath() + "/api/");
  }
}
