package org.lantern.access.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lantern.access.FhirRefusals;
import org.lantern.platform.ApiProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A FHIR request without good credentials: 401 with the Bearer challenge (as {@link
 * ApiAuthenticationEntryPoint} gives the partner API) and an OperationOutcome saying what to send.
 */
final class FhirAuthenticationEntryPoint implements AuthenticationEntryPoint {

  private final ApiProblems problems;
  private final FhirRefusals fhir;

  FhirAuthenticationEntryPoint(ApiProblems problems, FhirRefusals fhir) {
    this.problems = problems;
    this.fhir = fhir;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    boolean invalid =
        Boolean.TRUE.equals(request.getAttribute(ApiClientAuthenticationFilter.INVALID_TOKEN));
    String detail = problems.text(invalid ? "api.unauthorized.invalid" : "api.unauthorized");
    String challenge = "Bearer realm=\"" + ApiAuthenticationEntryPoint.REALM + "\"";
    if (invalid) {
      challenge += ", error=\"invalid_token\"";
    }
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
    fhir.write(response, HttpStatus.UNAUTHORIZED.value(), detail);
  }
}
