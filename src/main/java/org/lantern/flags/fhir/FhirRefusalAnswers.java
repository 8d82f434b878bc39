package org.lantern.flags.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.Constants;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.lantern.access.FhirRefusals;
import org.springframework.stereotype.Component;

/**
 * What the FHIR API answers when {@code access} refuses a request before the FHIR server runs: an
 * OperationOutcome, encoded by HAPI, with the status and words {@code access} chose.
 */
@Component
class FhirRefusalAnswers implements FhirRefusals {

  private final FhirContext fhir = FhirContext.forR4Cached();

  @Override
  public void write(HttpServletResponse response, int status, String detail) throws IOException {
    OperationOutcome outcome = new OperationOutcome();
    outcome
        .addIssue()
        .setSeverity(IssueSeverity.ERROR)
        .setCode(
            status == HttpServletResponse.SC_UNAUTHORIZED ? IssueType.LOGIN : IssueType.FORBIDDEN)
        .setDiagnostics(detail);
    response.setStatus(status);
    response.setContentType(Constants.CT_FHIR_JSON_NEW);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(fhir.newJsonParser().encodeResourceToString(outcome));
  }
}
