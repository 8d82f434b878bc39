package org.lantern.flags.fhir;

import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import org.lantern.access.PartnerSystem;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The partner system a FHIR request acts for, as the API's credentials filter authenticated it. */
final class FhirCaller {

  private FhirCaller() {}

  static PartnerSystem current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof PartnerSystem s) {
      return s;
    }
    throw new AuthenticationException(
        "Send this system's credentials: Authorization: Bearer <client id>.<secret>");
  }
}
