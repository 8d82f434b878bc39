package org.lantern.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.data.ChildRelationshipEntity;
import org.lantern.access.data.ChildRelationships;
import org.lantern.platform.PendingWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records who has a legitimate working relationship with a child. */
@Service
public class Relationships {

  private final ChildRelationships relationships;
  private final Clock clock;
  private final JdbcTemplate jdbc;
  private final PendingWrites pendingWrites;

  Relationships(
      ChildRelationships relationships,
      Clock clock,
      JdbcTemplate jdbc,
      PendingWrites pendingWrites) {
    this.relationships = relationships;
    this.clock = clock;
    this.jdbc = jdbc;
    this.pendingWrites = pendingWrites;
  }

  /**
   * Links a person to a child; linking twice in the same way changes nothing, except that a new
   * referral renews a referrer's relationship (which lasts a set time from the referral): the old
   * one ends and a new one starts now.
   */
  @Transactional
  public void link(UUID childId, UUID userId, RelationshipKind kind) {
    if (kind == RelationshipKind.REFERRER) {
      relationships
          .findByChildIdAndUserIdAndKindAndEndedAtIsNull(childId, userId, kind)
          .forEach(r -> r.endAt(clock.instant()));
      relationships.flush();
    }
    if (!relationships.existsByChildIdAndUserIdAndKindAndEndedAtIsNull(childId, userId, kind)) {
      relationships.save(
          new ChildRelationshipEntity(
              UUID.randomUUID(), childId, userId, null, kind, clock.instant()));
    }
  }

  /** One link to make in bulk: a person or a team, and a child. */
  public record Link(
      UUID childId, @Nullable UUID userId, @Nullable UUID teamId, RelationshipKind kind) {}

  /** Makes many links at once (imports); each is made once however often it is listed. */
  @Transactional
  public void linkAll(List<Link> links) {
    Set<Link> distinct = new LinkedHashSet<>(links);
    relationships.saveAll(
        distinct.stream()
            .map(
                l ->
                    new ChildRelationshipEntity(
                        UUID.randomUUID(),
                        l.childId(),
                        l.userId(),
                        l.teamId(),
                        l.kind(),
                        clock.instant()))
            .toList());
  }

  /**
   * The team allocated to the child, if one is (the first allocated, when several are). One plain
   * statement, as {@link #currentOn}: a flag check of a flagged child asks it for whom to call.
   */
  @Transactional(readOnly = true)
  public @Nullable UUID allocatedTeam(UUID childId) {
    pendingWrites.flushBeforePlainRead();
    return jdbc
        .query(
            """
            select team_id from child_relationship
            where child_id = ? and kind = ? and team_id is not null and ended_at is null
            order by created_at, id
            """,
            (rs, row) -> rs.getObject(1, UUID.class),
            childId,
            RelationshipKind.ALLOCATED_TEAM.name())
        .stream()
        .findFirst()
        .orElse(null);
  }

  /**
   * Moves every relationship with one child to another, in the caller's transaction: a record
   * joined to the child it was found to be. A relationship the other child already has is not made
   * twice.
   */
  @Transactional
  public void moveAll(UUID from, UUID into) {
    relationships.dropThoseAlsoOn(from, into);
    relationships.moveAll(from, into);
  }

  /**
   * Ends a person's current relationship of this kind with a child (a case closed or transferred, a
   * network membership ended, its basis went to another child), in the caller's transaction, which
   * audits it. The relationship stays on record with the time it ended; access based on it ends.
   * Whether there was one.
   */
  @Transactional
  public boolean end(UUID childId, UUID userId, RelationshipKind kind) {
    return relationships.end(childId, userId, kind, clock.instant()) > 0;
  }

  /** Ends a team's current relationship of this kind with a child. Whether there was one. */
  @Transactional
  public boolean endTeam(UUID childId, UUID teamId, RelationshipKind kind) {
    return relationships.endTeam(childId, teamId, kind, clock.instant()) > 0;
  }

  /** One relationship as it stands: who, how, since when, and when it ended if it has. */
  public record Held(
      UUID childId,
      @Nullable UUID userId,
      @Nullable UUID teamId,
      RelationshipKind kind,
      Instant since,
      @Nullable Instant endedAt) {}

  /** The relationships a person, directly or through their team, has with a child now. */
  @Transactional(readOnly = true)
  public List<Held> current(UUID childId, UUID userId, @Nullable UUID teamId) {
    return relationships.current(childId, userId, teamId).stream()
        .map(Relationships::held)
        .toList();
  }

  /**
   * Every relationship anyone has with a child now, oldest first. One plain statement of the
   * columns a {@link Held} shows, no entities: every flag check asks it (whom to tell), in its
   * group commit's writer. In a transaction that writes, what it has persisted through JPA and not
   * yet flushed (a link made earlier in the same piece of work) is flushed first, so that the
   * statement sees it, as the repository's query did.
   */
  @Transactional(readOnly = true)
  public List<Held> currentOn(UUID childId) {
    pendingWrites.flushBeforePlainRead();
    return jdbc.query(
        """
        select child_id, user_id, team_id, kind, created_at, ended_at from child_relationship
        where child_id = ? and ended_at is null
        order by created_at, id
        """,
        (rs, row) -> {
          Timestamp ended = rs.getTimestamp(6);
          return new Held(
              rs.getObject(1, UUID.class),
              rs.getObject(2, UUID.class),
              rs.getObject(3, UUID.class),
              RelationshipKind.valueOf(rs.getString(4)),
              rs.getTimestamp(5).toInstant(),
              ended == null ? null : ended.toInstant());
        },
        childId);
  }

  private static Held held(ChildRelationshipEntity r) {
    return new Held(r.childId(), r.userId(), r.teamId(), r.kind(), r.createdAt(), r.endedAt());
  }

  /** Links a team (everyone in it) to a child. */
  @Transactional
  public void linkTeam(UUID childId, UUID teamId, RelationshipKind kind) {
    if (!relationships.existsByChildIdAndTeamIdAndKindAndEndedAtIsNull(childId, teamId, kind)) {
      relationships.save(
          new ChildRelationshipEntity(
              UUID.randomUUID(), childId, null, teamId, kind, clock.instant()));
    }
  }
}
