package org.lantern.access.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After a partner system's credentials are accepted, asks every {@link ApiClientGate} whether it
 * may call the API now; the first refusal is audited and answered 403 naming why: a problem on the
 * partner API ({@link #problems}), a FHIR OperationOutcome on the FHIR API.
 */
class ApiClientGateFilter extends OncePerRequestFilter {

  /** How the refusal is written for the API this filter guards. */
  @FunctionalInterface
  interface Answer {
    void refuse(HttpServletResponse response, Refusal refusal) throws IOException;
  }

  /**
   * The gates in order, looked up once (on the first request, when every module's gate exists):
   * finding and sorting them again on every call was a measurable part of each FHIR flag check.
   */
  private final Supplier<List<ApiClientGate>> gates;

  private final AuditLog audit;
  private final Answer answer;

  ApiClientGateFilter(ObjectProvider<ApiClientGate> gates, AuditLog audit, Answer answer) {
    this.gates = SingletonSupplier.of(() -> gates.orderedStream().toList());
    this.audit = audit;
    this.answer = answer;
  }

  /** The partner API's answer: 403 with a problem naming the gate's reason. */
  static Answer problems(ApiProblems problems) {
    return (response, r) -> {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, r.detail());
      problem.setTitle(r.title());
      problem.setProperty("reason", r.reason());
      problems.write(response, ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem));
    };
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
        answer.refuse(response, r);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** The first gate's refusal; each gate reads in its own transaction if it reads at all. */
  private Optional<Refusal> refusal(PartnerSystem system) {
    return gates.get().stream().map(g -> g.refusal(system)).flatMap(Optional::stream).findFirst();
  }
}
