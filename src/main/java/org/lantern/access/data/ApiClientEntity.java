package org.lantern.access.data;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A partner agency's system allowed to call the REST API. Only a hash of its secret is kept. */
@Entity
@Table(name = "api_client")
public class ApiClientEntity {

  @Id private UUID id;
  private String clientId;
  private UUID agencyId;
  private String name;
  private String sourceSystem;
  private String secretHash;
  private boolean enabled;
  private Instant createdAt;

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

  public String secretHash() {
    return secretHash;
  }

  public boolean enabled() {
    return enabled;
  }
}
