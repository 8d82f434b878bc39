package org.lantern.access.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.ApiScope;
import org.lantern.access.CurrentUser;
import org.lantern.access.PartnerSystem;
import org.lantern.access.Role;
import org.lantern.access.data.Agencies;
import org.lantern.access.data.AgencyEntity;
import org.lantern.access.data.ApiClientEntity;
import org.lantern.access.data.ApiClients;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates partner systems by {@code Authorization: Bearer <clientId>.<secret>}. A request
 * without valid credentials goes on unauthenticated and is refused with a problem response.
 */
class ApiClientAuthenticationFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer";

  /** Set on a request that presented a bearer token Lantern did not accept. */
  static final String INVALID_TOKEN = ApiClientAuthenticationFilter.class.getName() + ".invalid";

  private final ApiClients clients;
  private final Agencies agencies;
  private final TransactionTemplate readOnly;
  private final TransactionTemplate writes;
  private final Clock clock;

  ApiClientAuthenticationFilter(
      ApiClients clients,
      Agencies agencies,
      TransactionTemplate readOnly,
      TransactionTemplate writes,
      Clock clock) {
    this.clients = clients;
    this.agencies = agencies;
    this.readOnly = readOnly;
    this.writes = writes;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String token = bearerToken(request.getHeader(HttpHeaders.AUTHORIZATION));
    if (token != null) {
      Instant now = clock.instant();
      Optional<ApiClientEntity> client = authenticate(token, now);
      Optional<PartnerSystem> principal =
          client.flatMap(c -> agencies.findById(c.agencyId()).map(agency -> principal(c, agency)));
      if (client.isPresent() && principal.isPresent()) {
        UUID id = client.get().id();
        writes.executeWithoutResult(tx -> clients.used(id, now, now.minusSeconds(60)));
        // a client without the scope of this API is known but not allowed: refused (403, audited)
        boolean inScope =
            ApiScope.of(request.getRequestURI().substring(request.getContextPath().length()))
                .map(s -> ApiScope.parse(client.get().scopes()).contains(s))
                .orElse(true);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiClientAuthentication(principal.get(), inScope));
        SecurityContextHolder.setContext(context);
      } else {
        request.setAttribute(INVALID_TOKEN, Boolean.TRUE);
      }
    }
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /**
   * The credentials of an {@code Authorization} header in the Bearer scheme, whose name is
   * case-insensitive (RFC 9110 section 11.1: {@code bearer} and {@code BEARER} too); else null.
   */
  static @Nullable String bearerToken(@Nullable String header) {
    if (header == null
        || header.length() <= BEARER.length()
        || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
        || !Character.isWhitespace(header.charAt(BEARER.length()))) {
      return null;
    }
    return header.substring(BEARER.length()).strip();
  }

  private Optional<ApiClientEntity> authenticate(String token, Instant now) {
    int dot = token.indexOf('.');
    if (dot <= 0 || dot == token.length() - 1 || token.length() > 300) {
      return Optional.empty();
    }
    String clientId = token.substring(0, dot);
    String secret = token.substring(dot + 1);
    return readOnly.execute(
        tx ->
            clients
                .findByClientId(clientId)
                .filter(c -> c.usableAt(now))
                .filter(
                    c ->
                        c.acceptedHashesAt(now).stream()
                            .anyMatch(h -> ApiSecrets.matches(secret, h))));
  }

  private static PartnerSystem principal(ApiClientEntity client, AgencyEntity agency) {
    var user =
        new CurrentUser(
            client.id(),
            "api:" + client.clientId(),
            client.name(),
            Role.PARTNER_SYSTEM,
            agency.id(),
            agency.name(),
            agency.partnershipId(),
            null);
    return new PartnerSystem(user, client.sourceSystem());
  }
}
