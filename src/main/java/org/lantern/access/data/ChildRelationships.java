package org.lantern.access.data;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.RelationshipKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

  /** Ends a person's relationship of one kind with a child; how many rows went (0 or 1). */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      """
      delete from ChildRelationshipEntity r
      where r.childId = :childId and r.userId = :userId and r.kind = :kind
      """)
  int end(UUID childId, UUID userId, RelationshipKind kind);

  /** Drops those of {@code from}'s relationships that {@code into} already has. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          """
          delete from child_relationship r
          where r.child_id = :from and exists (
            select 1 from child_relationship o
            where o.child_id = :into and o.kind = r.kind
              and (o.user_id = r.user_id or o.team_id = r.team_id))
          """,
      nativeQuery = true)
  int dropThoseAlsoOn(UUID from, UUID into);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update ChildRelationshipEntity r set r.childId = :into where r.childId = :from")
  int moveAll(UUID from, UUID into);
}
