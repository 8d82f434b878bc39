package org.lantern.access.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.lantern.access.ApiClientGate;
import org.lantern.access.ApiClientGate.Refusal;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.PartnerSystem;
import org.lantern.access.RecordRef;
import org.lantern.platform.ApiProblems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After a partner system's credentials are accepted, asks every {@link ApiClientGate} whether it
 * may call the API now; the first refusal is audited and answered 403 with a problem naming why.
 */
class ApiClientGateFilter extends OncePerRequestFilter {

  private final ObjectProvider<ApiClientGate> gates;
  private final AuditLog audit;
  private final ApiProblems problems;
  private final TransactionTemplate readOnly;

  ApiClientGateFilter(
      ObjectProvider<ApiClientGate> gates,
      AuditLog audit,
      ApiProblems problems,
      TransactionTemplate readOnly) {
    this.gates = gates;
    this.audit = audit;
    this.problems = problems;
    this.readOnly = readOnly;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SecurityContextHolder.getContext().getAuthentication()
        instanceof ApiClientAuthentication authentication) {
      Optional<Refusal> refusal = refusal(authentication.getPrincipal());
      if (refusal.isPresent()) {
        Refusal r = refusal.get();
        audit.recordRefusal(
            authentication.getPrincipal().user(),
            AuditAction.REQUEST,
            null,
            RecordRef.request(request),
            r.reason(),
            r.detail());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, r.detail());
        problem.setTitle(r.title());
        problem.setProperty("reason", r.reason());
        problems.write(response, ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem));
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private Optional<Refusal> refusal(PartnerSystem system) {
    return readOnly.execute(
        tx ->
            gates
                .orderedStream()
                .map(g -> g.refusal(system))
                .flatMap(Optional::stream)
                .findFirst());
  }
}
