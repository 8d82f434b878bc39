package org.lantern.access.data;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.NewRecord;

/** A partner agency's system allowed to call the REST API. Only a hash of its secret is kept. */
@Entity
@Table(name = "api_client")
public class ApiClientEntity extends NewRecord {

  @Id private UUID id;
  private String clientId;
  private UUID agencyId;
  private String name;
  private String sourceSystem;
  private String secretHash;
  private boolean enabled;
  private Instant createdAt;
  private String scopes = "CONCERNS,MISSING_EPISODES,PERSON_RECORDS,FLAGS";
  private @Nullable String previousSecretHash;
  private @Nullable Instant previousSecretExpiresAt;
  private @Nullable Instant expiresAt;
  private @Nullable Instant revokedAt;
  private @Nullable Instant lastUsedAt;

  protected ApiClientEntity() {}

  public ApiClientEntity(
      UUID id,
      String clientId,
      UUID agencyId,
      String name,
      String sourceSystem,
      String secretHash,
      Instant createdAt) {
    this.id = id;
    this.clientId = clientId;
    this.agencyId = agencyId;
    this.name = name;
    this.sourceSystem = sourceSystem;
    this.secretHash = secretHash;
    this.enabled = true;
    this.createdAt = createdAt;
  }

  public UUID id() {
    return id;
  }

  public String clientId() {
    return clientId;
  }

  public UUID agencyId() {
    return agencyId;
  }

  public String name() {
    return name;
  }

  public String sourceSystem() {
    return sourceSystem;
  }

  /** The name its records carry from now on (what it sent before keeps the old one). */
  public void sourceSystem(String sourceSystem) {
    this.sourceSystem = sourceSystem;
  }

  public String secretHash() {
    return secretHash;
  }

  public boolean enabled() {
    return enabled;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The APIs it may call, as stored ({@code CONCERNS,FLAGS}). */
  public String scopes() {
    return scopes;
  }

  public void scopes(String scopes) {
    this.scopes = scopes;
  }

  public @Nullable Instant previousSecretExpiresAt() {
    return previousSecretExpiresAt;
  }

  public @Nullable Instant expiresAt() {
    return expiresAt;
  }

  public void expiresAt(@Nullable Instant expiresAt) {
    this.expiresAt = expiresAt;
  }

  public @Nullable Instant revokedAt() {
    return revokedAt;
  }

  public @Nullable Instant lastUsedAt() {
    return lastUsedAt;
  }

  /** Whether it may call the API at all at this moment: enabled, not revoked, not expired. */
  public boolean usableAt(Instant now) {
    return enabled && revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }

  /** The secret hashes it accepts now: the current one, and the previous one until it lapses. */
  public List<String> acceptedHashesAt(Instant now) {
    if (previousSecretHash != null
        && previousSecretExpiresAt != null
        && now.isBefore(previousSecretExpiresAt)) {
      return List.of(secretHash, previousSecretHash);
    }
    return List.of(secretHash);
  }

  /** A new secret; the old one is still accepted until {@code oldValidUntil} (now: not at all). */
  public void rotate(String newSecretHash, Instant oldValidUntil) {
    this.previousSecretHash = secretHash;
    this.previousSecretExpiresAt = oldValidUntil;
    this.secretHash = newSecretHash;
  }

  /** Refused from this moment, with every secret it had. */
  public void revoke(Instant at) {
    this.revokedAt = at;
    this.previousSecretExpiresAt = null;
    this.previousSecretHash = null;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
