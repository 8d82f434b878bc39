package org.lantern.access.data;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.RelationshipKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChildRelationships extends JpaRepository<ChildRelationshipEntity, UUID> {

  @Query(
      """
      select count(r) > 0 from ChildRelationshipEntity r
      where r.childId = :childId
        and (r.userId = :userId or (:teamId is not null and r.teamId = :teamId))
      """)
  boolean linked(UUID childId, UUID userId, @Nullable UUID teamId);

  @Query(
      """
      select r.teamId from ChildRelationshipEntity r
      where r.childId = :childId and r.kind = :kind and r.teamId is not null
      order by r.createdAt, r.id
      """)
  java.util.List<UUID> allocatedTeams(UUID childId, RelationshipKind kind);

  boolean existsByChildIdAndUserIdAndKind(UUID childId, UUID userId, RelationshipKind kind);

  boolean existsByChildIdAndTeamIdAndKind(UUID childId, UUID teamId, RelationshipKind kind);
}
