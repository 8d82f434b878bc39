package org.lantern.access.data;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.lantern.platform.NewRecord;

@Entity
@Table(name = "district")
public class DistrictEntity extends NewRecord {

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

  @Override
  public UUID getId() {
    return id;
  }
}
