package org.lantern.access.data;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "district")
public class DistrictEntity {

  @Id private UUID id;
  private UUID partnershipId;
  private String name;

  protected DistrictEntity() {}

  public DistrictEntity(UUID id, UUID partnershipId, String name) {
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
}
