package org.lantern.access.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
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

  private static final String BEARER = "Bearer ";

  private final ApiClients clients;
  private final Agencies agencies;
  private final TransactionTemplate readOnly;

  ApiClientAuthenticationFilter(
      ApiClients clients, Agencies agencies, TransactionTemplate readOnly) {
    this.clients = clients;
    this.agencies = agencies;
    this.readOnly = readOnly;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header != null && header.startsWith(BEARER)) {
      authenticate(header.substring(BEARER.length()).strip())
          .ifPresent(
              principal -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new ApiClientAuthentication(principal));
                SecurityContextHolder.setContext(context);
              });
    }
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private Optional<PartnerSystem> authenticate(String token) {
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
                .filter(ApiClientEntity::enabled)
                .filter(c -> ApiSecrets.matches(secret, c.secretHash()))
                .flatMap(c -> agencies.findById(c.agencyId()).map(agency -> principal(c, agency))));
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
