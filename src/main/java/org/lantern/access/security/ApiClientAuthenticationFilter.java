package org.lantern.access.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
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
  private final AcceptedTokens accepted;
  private final TransactionTemplate readOnly;
  private final TransactionTemplate writes;
  private final Clock clock;

  ApiClientAuthenticationFilter(
      ApiClients clients,
      Agencies agencies,
      AcceptedTokens accepted,
      TransactionTemplate readOnly,
      TransactionTemplate writes,
      Clock clock) {
    this.clients = clients;
    this.agencies = agencies;
    this.accepted = accepted;
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
      Optional<AcceptedTokens.Accepted> known =
          accepted.find(token, now).or(() -> check(token, now));
      if (known.isPresent()) {
        // a client without the scope of this API is known but not allowed: refused (403, audited)
        boolean inScope =
            ApiScope.of(request.getRequestURI().substring(request.getContextPath().length()))
                .map(s -> ApiScope.parse(known.get().scopes()).contains(s))
                .orElse(true);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiClientAuthentication(known.get().principal(), inScope));
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

  /**
   * The token checked against the database (the client, its secret's hash, its agency), its last
   * use written (at most once a minute), and kept in {@link AcceptedTokens} for a few seconds.
   */
  private Optional<AcceptedTokens.Accepted> check(String token, Instant now) {
    int dot = token.indexOf('.');
    if (dot <= 0 || dot == token.length() - 1 || token.length() > 300) {
      return Optional.empty();
    }
    String clientId = token.substring(0, dot);
    String secret = token.substring(dot + 1);
    Optional<AcceptedTokens.Accepted> found =
        readOnly.execute(
            tx ->
                clients
                    .findByClientId(clientId)
                    .filter(c -> c.usableAt(now))
                    .flatMap(
                        c ->
                            c.acceptedHashesAt(now).stream()
                                .filter(h -> ApiSecrets.matches(secret, h))
                                .findFirst()
                                .flatMap(
                                    h ->
                                        agencies
                                            .findById(c.agencyId())
                                            .map(
                                                a ->
                                                    new AcceptedTokens.Accepted(
                                                        c.id(),
                                                        principal(c, a),
                                                        c.scopes(),
                                                        until(c, h, now))))));
    found.ifPresent(
        a -> {
          writes.executeWithoutResult(tx -> clients.used(a.clientId(), now, now.minusSeconds(60)));
          accepted.keep(token, a, now);
        });
    return found;
  }

  /**
   * Until when a token matching this hash is believed: the hold, unless the client or secret lapses
   * sooner.
   */
  private static Instant until(ApiClientEntity client, String hash, Instant now) {
    Instant until = now.plus(AcceptedTokens.HOLD);
    if (client.expiresAt() != null && client.expiresAt().isBefore(until)) {
      until = client.expiresAt();
    }
    Instant previousLapses = client.previousSecretExpiresAt();
    if (!hash.equals(client.secretHash())
        && previousLapses != null
        && previousLapses.isBefore(until)) {
      until = previousLapses;
    }
    return until;
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
