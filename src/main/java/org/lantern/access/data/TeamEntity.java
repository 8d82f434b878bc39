package org.lantern.access.data;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "team")
public class TeamEntity {

  @Id private UUID id;
  private UUID agencyId;
  private String name;

  protected TeamEntity() {}

  public TeamEntity(UUID id, UUID agencyId, String name) {
    this.id = id;
    this.agencyId = agencyId;
    this.name = name;
  }

  public UUID id() {
    return id;
  }

  public UUID agencyId() {
    return agencyId;
  }

  public String name() {
    return name;
  }
}
