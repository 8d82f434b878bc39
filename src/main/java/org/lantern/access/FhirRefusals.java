package org.lantern.access;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * How the FHIR API ({@code /fhir}) answers a refusal made before its server runs: no or wrong
 * credentials (401), a partner system without the flags scope (403), a gate such as a missing
 * information sharing agreement (403). Clinical systems expect a FHIR {@code OperationOutcome}
 * there, not a problem document; {@code access} cannot write one without the FHIR library, so the
 * module that serves FHIR ({@code flags.fhir}) implements this, as {@link ApiClientGate} is.
 */
public interface FhirRefusals {

  /**
   * Writes the refusal with this status and these words; headers already set (a challenge) stay.
   */
  void write(HttpServletResponse response, int status, String detail) throws IOException;
}
