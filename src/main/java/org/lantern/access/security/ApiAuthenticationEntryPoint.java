package org.lantern.access.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lantern.platform.ApiProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A partner API request without good credentials: 401, a problem document, and the challenge RFC
 * 6750 asks for. Without credentials the challenge names only the scheme and realm; with a bearer
 * token Lantern did not accept, it adds {@code error="invalid_token"}.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

  static final String REALM = "lantern";

  private final ApiProblems problems;

  ApiAuthenticationEntryPoint(ApiProblems problems) {
    this.problems = problems;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    boolean invalid =
        Boolean.TRUE.equals(request.getAttribute(ApiClientAuthenticationFilter.INVALID_TOKEN));
    String detail = problems.text(invalid ? "api.unauthorized.invalid" : "api.unauthorized");
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
    problem.setTitle(HttpStatus.UNAUTHORIZED.getReasonPhrase());
    String challenge = "Bearer realm=\"" + REALM + "\"";
    if (invalid) {
      challenge += ", error=\"invalid_token\", error_description=\"" + detail + "\"";
    }
    problems.write(
        response,
        ResponseEntity.status(HttpStatus.UNAUTHORIZED)
            .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
            .body(problem));
  }
}
