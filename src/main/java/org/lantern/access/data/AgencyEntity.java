package org.lantern.access.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AgencyKind;

@Entity
@Table(name = "agency")
public class AgencyEntity {

  @Id private UUID id;
  private UUID partnershipId;
  private String name;

  @Enumerated(EnumType.STRING)
  private AgencyKind kind;

  private @Nullable UUID districtId;

  protected AgencyEntity() {}

  public AgencyEntity(
      UUID id, UUID partnershipId, String name, AgencyKind kind, @Nullable UUID districtId) {
    this.id = id;
    this.partnershipId = partnershipId;
    this.name = name;
    this.kind = kind;
    this.districtId = districtId;
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

  public AgencyKind kind() {
    return kind;
  }

  public @Nullable UUID districtId() {
    return districtId;
  }
}
