package org.lantern.access.data;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.NewRecord;

@Entity
@Table(name = "district")
public class DistrictEntity extends NewRecord {

  @Id private UUID id;
  private UUID partnershipId;
  private String name;
  private @Nullable LocalDate closedOn;
  private UUID localAuthorityId;

  protected DistrictEntity() {}

  public DistrictEntity(UUID id, UUID partnershipId, String name, UUID localAuthorityId) {
    this.id = id;
    this.partnershipId = partnershipId;
    this.name = name;
    this.localAuthorityId = localAuthorityId;
  }

  /** The local authority the district belongs to. */
  public UUID localAuthorityId() {
    return localAuthorityId;
  }

  /** Moves it to another of the partnership's local authorities. */
  public void belongTo(UUID localAuthorityId) {
    this.localAuthorityId = localAuthorityId;
  }

  public UUID id() {
    return id;
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  public String name() {
    return name;
  }

  /** Gives it a new name (what records show from now on). */
  public void rename(String name) {
    this.name = name;
  }

  /** Closes it from this date: no longer offered; what names it keeps it. */
  public void closeOn(LocalDate date) {
    this.closedOn = date;
  }

  public @Nullable LocalDate closedOn() {
    return closedOn;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
