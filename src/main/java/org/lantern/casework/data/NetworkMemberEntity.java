package org.lantern.casework.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.casework.NetworkRole;
import org.lantern.platform.NewRecord;

/**
 * A member of a child's professional network: a person with an account (who then has a working
 * relationship with the child) or an agency contact. Ended, never deleted.
 */
@Entity
@Table(name = "network_member")
public class NetworkMemberEntity extends NewRecord {

  @Id private UUID id;
  private UUID partnershipId;
  private UUID childId;

  @Enumerated(EnumType.STRING)
  private NetworkRole networkRole;

  private @Nullable UUID userId;
  private String contactName;
  private String agencyName;
  private @Nullable String phone;
  private @Nullable String email;
  private Instant addedAt;
  private UUID addedByUserId;
  private @Nullable Instant endedAt;
  private @Nullable UUID endedByUserId;
  @Version private long version;

  protected NetworkMemberEntity() {}

  /** What a new member is. */
  public record Details(
      NetworkRole role,
      @Nullable UUID userId,
      String contactName,
      String agencyName,
      @Nullable String phone,
      @Nullable String email) {}

  public NetworkMemberEntity(
      UUID partnershipId, UUID childId, Details d, UUID addedBy, Instant addedAt) {
    this.id = UUID.randomUUID();
    this.partnershipId = partnershipId;
    this.childId = childId;
    this.networkRole = d.role();
    this.userId = d.userId();
    this.contactName = d.contactName();
    this.agencyName = d.agencyName();
    this.phone = d.phone();
    this.email = d.email();
    this.addedByUserId = addedBy;
    this.addedAt = addedAt;
  }

  public void end(UUID by, Instant at) {
    if (endedAt != null) {
      throw new IllegalStateException("Network member " + id + " already ended");
    }
    this.endedAt = at;
    this.endedByUserId = by;
  }

  public void moveTo(UUID childId) {
    this.childId = childId;
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID id() {
    return id;
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public UUID childId() {
    return childId;
  }

  public NetworkRole networkRole() {
    return networkRole;
  }

  public @Nullable UUID userId() {
    return userId;
  }

  public String contactName() {
    return contactName;
  }

  public String agencyName() {
    return agencyName;
  }

  public @Nullable String phone() {
    return phone;
  }

  public @Nullable String email() {
    return email;
  }

  public Instant addedAt() {
    return addedAt;
  }

  public @Nullable Instant endedAt() {
    return endedAt;
  }

  public boolean isCurrent() {
    return endedAt == null;
  }

  public long version() {
    return version;
  }
}
