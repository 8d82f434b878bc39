package org.lantern.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lantern.access.data.Agencies;
import org.lantern.access.data.AgencyEntity;
import org.lantern.access.data.ApiClientEntity;
import org.lantern.access.data.ApiClients;
import org.lantern.access.security.AcceptedTokens;
import org.lantern.access.security.ApiSecrets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner systems (API clients) of a partnership as an administrator keeps them: registered
 * with their scopes and an expiry, the secret shown once and kept only as a hash; rotated with an
 * overlap (the old secret still accepted until a chosen moment); revoked at once; when each was
 * last used. Who may, and the audit, are the administration module's; this only keeps.
 */
@Service
public class PartnerSystems {

  /** A partner system as the administrator sees it: never its secret. */
  public record ClientView(
      UUID id,
      String clientId,
      UUID agencyId,
      String agencyName,
      String name,
      String sourceSystem,
      Set<ApiScope> scopes,
      Instant createdAt,
      @Nullable Instant expiresAt,
      @Nullable Instant oldSecretValidUntil,
      @Nullable Instant revokedAt,
      @Nullable Instant lastUsedAt) {

    /** Active, expired or revoked at this moment. */
    public PartnerSystemStatus statusAt(Instant now) {
      if (revokedAt != null) {
        return PartnerSystemStatus.REVOKED;
      }
      return expiresAt != null && !now.isBefore(expiresAt)
          ? PartnerSystemStatus.EXPIRED
          : PartnerSystemStatus.ACTIVE;
    }
  }

  /** What a source system name may hold. */
  public static final String SOURCE_SYSTEM = "[A-Za-z0-9_.-]{1,100}";

  private final ApiClients clients;
  private final Agencies agencies;
  private final Directory directory;
  private final Clock clock;
  private final AcceptedTokens accepted;

  PartnerSystems(
      ApiClients clients,
      Agencies agencies,
      Directory directory,
      Clock clock,
      AcceptedTokens accepted) {
    this.accepted = accepted;
    this.clients = clients;
    this.agencies = agencies;
    this.directory = directory;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<ClientView> of(UUID partnershipId) {
    Map<UUID, AgencyEntity> byId =
        agencies.findByPartnershipIdOrderByName(partnershipId).stream()
            .collect(Collectors.toMap(AgencyEntity::id, Function.identity()));
    return clients.findByAgencyIdInOrderByName(byId.keySet()).stream()
        .map(c -> view(c, byId.get(c.agencyId())))
        .toList();
  }

  /** The client, if it is this partnership's. */
  @Transactional(readOnly = true)
  public Optional<ClientView> one(UUID partnershipId, UUID id) {
    return of(partnershipId).stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Registers an agency's system with these scopes (at least one) and an optional expiry; the
   * credentials are returned once. Refused ({@link IllegalArgumentException}): no scope, a client
   * id taken or not of letters, digits, - and _, an expiry in the past.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public ApiClientCredentials register(
      UUID agencyId,
      String clientId,
      String name,
      String sourceSystem,
      Set<ApiScope> scopes,
      @Nullable Instant expiresAt) {
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("A partner system needs at least one scope");
    }
    if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
      throw new IllegalArgumentException("An expiry is in the future");
    }
    if (clients.findByClientId(clientId).isPresent()) {
      throw new IllegalArgumentException("Client id taken: " + clientId);
    }
    ApiClientCredentials credentials =
        directory.createApiClient(agencyId, clientId, name, sourceSystem);
    ApiClientEntity client = clients.findByClientId(clientId).orElseThrow();
    client.scopes(ApiScope.format(scopes));
    client.expiresAt(expiresAt);
    return credentials;
  }

  /**
   * A new secret, shown once; the old one is still accepted until {@code oldValidUntil} (now or
   * earlier: not at all). Refused for a revoked client.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public ApiClientCredentials rotate(UUID id, Instant oldValidUntil) {
    ApiClientEntity client = clients.findById(id).orElseThrow();
    if (client.revokedAt() != null) {
      throw new IllegalStateException("A revoked client is not rotated");
    }
    String secret = ApiSecrets.newSecret();
    client.rotate(ApiSecrets.hash(secret), oldValidUntil);
    accepted.forget(id);
    return new ApiClientCredentials(client.clientId(), secret);
  }

  /**
   * The source system its records carry from now on. Refused ({@link IllegalArgumentException}):
   * not 1 to 100 letters, digits, {@code . - _}, or already another agency's in the partnership.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void changeSourceSystem(UUID id, String sourceSystem) {
    if (!sourceSystem.matches(SOURCE_SYSTEM)) {
      throw new IllegalArgumentException("A source system is 1 to 100 letters, digits, . - or _");
    }
    ApiClientEntity client = clients.findById(id).orElseThrow();
    AgencyEntity agency = agencies.findById(client.agencyId()).orElseThrow();
    if (clients.sourceSystemUsedElsewhere(agency.partnershipId(), sourceSystem, agency.id())) {
      throw new IllegalArgumentException(
          "Another agency of this partnership already sends as " + sourceSystem);
    }
    client.sourceSystem(sourceSystem);
    accepted.forget(id);
  }

  /** Refused from now on, every secret it had. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void revoke(UUID id) {
    clients.findById(id).orElseThrow().revoke(clock.instant());
    accepted.forget(id);
  }

  private static ClientView view(ApiClientEntity c, AgencyEntity agency) {
    return new ClientView(
        c.id(),
        c.clientId(),
        c.agencyId(),
        agency.name(),
        c.name(),
        c.sourceSystem(),
        ApiScope.parse(c.scopes()),
        c.createdAt(),
        c.expiresAt(),
        c.previousSecretExpiresAt(),
        c.revokedAt(),
        c.lastUsedAt());
  }
}
