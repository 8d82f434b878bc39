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

@Entity
@Table(name = "child_relationship")
public class ChildRelationshipEntity {

  @Id private UUID id;
  private UUID childId;
  private @Nullable UUID userId;
  private @Nullable UUID teamId;

  @Enumerated(EnumType.STRING)
  private RelationshipKind kind;

  private Instant createdAt;

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
}
