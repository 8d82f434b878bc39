package org.lantern.access.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.RelationshipKind;
import org.lantern.platform.NewRecord;

@Entity
@Table(name = "child_relationship")
public class ChildRelationshipEntity extends NewRecord {

  @Id private UUID id;
  private UUID childId;
  private @Nullable UUID userId;
  private @Nullable UUID teamId;

  @Enumerated(EnumType.STRING)
  private RelationshipKind kind;

  private Instant createdAt;
  private @Nullable Instant endedAt;

  protected ChildRelationshipEntity() {}

  public ChildRelationshipEntity(
      UUID id,
      UUID childId,
      @Nullable UUID userId,
      @Nullable UUID teamId,
      RelationshipKind kind,
      Instant createdAt) {
    this.id = id;
    this.childId = childId;
    this.userId = userId;
    this.teamId = teamId;
    this.kind = kind;
    this.createdAt = createdAt;
  }

  public UUID childId() {
    return childId;
  }

  public @Nullable UUID userId() {
    return userId;
  }

  public @Nullable UUID teamId() {
    return teamId;
  }

  public RelationshipKind kind() {
    return kind;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public @Nullable Instant endedAt() {
    return endedAt;
  }

  /** Ends the relationship (kept on record with when it ended). */
  public void endAt(Instant at) {
    this.endedAt = at;
  }

  @Override
  public UUID getId() {
    return id;
  }
}
