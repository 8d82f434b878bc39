package org.lantern.access.data;

import java.time.Instant;
import java.util.List;
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
      where r.childId = :childId and r.endedAt is null
        and (r.userId = :userId or (:teamId is not null and r.teamId = :teamId))
      """)
  boolean linked(UUID childId, UUID userId, @Nullable UUID teamId);

  /** The relationships a person (or their team) has with a child now: none ended. */
  @Query(
      """
      select r from ChildRelationshipEntity r
      where r.childId = :childId and r.endedAt is null
        and (r.userId = :userId or (:teamId is not null and r.teamId = :teamId))
      order by r.createdAt, r.id
      """)
  List<ChildRelationshipEntity> current(UUID childId, UUID userId, @Nullable UUID teamId);

  List<ChildRelationshipEntity> findByChildIdAndUserIdAndKindAndEndedAtIsNull(
      UUID childId, UUID userId, RelationshipKind kind);

  boolean existsByChildIdAndUserIdAndKindAndEndedAtIsNull(
      UUID childId, UUID userId, RelationshipKind kind);

  boolean existsByChildIdAndTeamIdAndKindAndEndedAtIsNull(
      UUID childId, UUID teamId, RelationshipKind kind);

  /** Ends a person's current relationship of one kind with a child; how many ended (0 or 1). */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      """
      update ChildRelationshipEntity r set r.endedAt = :at
      where r.childId = :childId and r.userId = :userId and r.kind = :kind and r.endedAt is null
      """)
  int end(UUID childId, UUID userId, RelationshipKind kind, Instant at);

  /** Ends a team's current relationship of one kind with a child; how many ended. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      """
      update ChildRelationshipEntity r set r.endedAt = :at
      where r.childId = :childId and r.teamId = :teamId and r.kind = :kind and r.endedAt is null
      """)
  int endTeam(UUID childId, UUID teamId, RelationshipKind kind, Instant at);

  /** Drops those of {@code from}'s relationships that {@code into} already has. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          """
          delete from child_relationship r
          where r.child_id = :from and exists (
            select 1 from child_relationship o
            where o.child_id = :into and o.kind = r.kind
              and o.ended_at is null and r.ended_at is null
              and (o.user_id = r.user_id or o.team_id = r.team_id))
          """,
      nativeQuery = true)
  int dropThoseAlsoOn(UUID from, UUID into);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update ChildRelationshipEntity r set r.childId = :into where r.childId = :from")
  int moveAll(UUID from, UUID into);
}
