package org.lantern.access.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lantern.access.AccessDeniedForRole;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.Decision;
import org.lantern.access.RecordRef;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Writes a refusal by the address rules (a role that may not use {@code /front-door/**}, a person
 * calling the partner API) to the audit log, then answers as {@code then} does. Refusals the access
 * policy made are audited already, and a failed CSRF check is a stale or forged form, not a
 * decision about access: both pass straight through.
 */
final class AuditingAccessDeniedHandler implements AccessDeniedHandler {

  private final AuditLog audit;
  private final AccessDeniedHandler then;

  AuditingAccessDeniedHandler(AuditLog audit, AccessDeniedHandler then) {
    this.audit = audit;
    this.then = then;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
      throws IOException, ServletException {
    if (!(refused instanceof AccessDeniedForRole) && !(refused instanceof CsrfException)) {
      CurrentUsers.current()
          .ifPresent(
              user ->
                  audit.recordRefusal(
                      user,
                      AuditAction.REQUEST,
                      null,
                      RecordRef.request(request),
                      Decision.Basis.ROLE_NOT_PERMITTED.name(),
                      null));
    }
    then.handle(request, response, refused);
  }
}
