package org.lantern.access.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.Role;
import org.lantern.platform.NewRecord;

/**
 * One of a partnership's own single sign-on mappings: when the claim holds the value, the person is
 * given the role in the agency (and the team); tried in {@code sortOrder}, lowest first.
 */
@Entity
@Table(name = "single_sign_on_mapping")
public class SingleSignOnMappingEntity extends NewRecord {

  @Id private UUID id;
  private UUID partnershipId;
  private int sortOrder;
  private String claim;
  private String claimValue;

  @Enumerated(EnumType.STRING)
  private Role role;

  private UUID agencyId;
  private @Nullable UUID teamId;
  @Version private long version;

  protected SingleSignOnMappingEntity() {}

  public SingleSignOnMappingEntity(UUID id, UUID partnershipId, int sortOrder) {
    this.id = id;
    this.partnershipId = partnershipId;
    this.sortOrder = sortOrder;
  }

  /** Sets what it reads and what it gives. */
  public void set(
      String claim, String claimValue, Role role, UUID agencyId, @Nullable UUID teamId) {
    this.claim = claim;
    this.claimValue = claimValue;
    this.role = role;
    this.agencyId = agencyId;
    this.teamId = teamId;
  }

  public void placeAt(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public UUID id() {
    return id;
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public int sortOrder() {
    return sortOrder;
  }

  public String claim() {
    return claim;
  }

  public String claimValue() {
    return claimValue;
  }

  public Role role() {
    return role;
  }

  public UUID agencyId() {
    return agencyId;
  }

  public @Nullable UUID teamId() {
    return teamId;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
