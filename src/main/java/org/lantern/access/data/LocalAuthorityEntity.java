package org.lantern.access.data;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.NewRecord;

/** A local authority (council) of the partnership, whose districts belong to it. */
@Entity
@Table(name = "local_authority")
public class LocalAuthorityEntity extends NewRecord {

  @Id private UUID id;
  private UUID partnershipId;
  private String name;
  private @Nullable LocalDate closedOn;

  protected LocalAuthorityEntity() {}

  public LocalAuthorityEntity(UUID id, UUID partnershipId, String name) {
    this.id = id;
    this.partnershipId = partnershipId;
    this.name = name;
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

  public void rename(String name) {
    this.name = name;
  }

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
