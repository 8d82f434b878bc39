package org.lantern.risk.data;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.lantern.platform.NewRecord;

/** A screening tool of a partnership, known by its key across versions. */
@Entity
@Table(name = "screening_tool")
public class ToolEntity extends NewRecord {

  @Id private UUID id;
  private UUID partnershipId;
  private String toolKey;
  private Instant createdAt;

  protected ToolEntity() {}

  public ToolEntity(UUID partnershipId, String toolKey, Instant now) {
    this.id = UUID.randomUUID();
    this.partnershipId = partnershipId;
    this.toolKey = toolKey;
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public String toolKey() {
    return toolKey;
  }

  public UUID partnershipId() {
    return partnershipId;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
