package org.lantern.access;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.data.ChildRelationshipEntity;
import org.lantern.access.data.ChildRelationships;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records who has a legitimate working relationship with a child. */
@Service
public class Relationships {

  private final ChildRelationships relationships;
  private final Clock clock;

  Relationships(ChildRelationships relationships, Clock clock) {
    this.relationships = relationships;
    this.clock = clock;
  }

  /** Links a person to a child; linking twice in the same way changes nothing. */
  @Transactional
  public void link(UUID childId, UUID userId, RelationshipKind kind) {
    if (!relationships.existsByChildIdAndUserIdAndKind(childId, userId, kind)) {
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

  /** The team allocated to the child, if one is (the first allocated, when several are). */
  @Transactional(readOnly = true)
  public @Nullable UUID allocatedTeam(UUID childId) {
    return relationships.allocatedTeams(childId, RelationshipKind.ALLOCATED_TEAM).stream()
        .findFirst()
        .orElse(null);
  }

  /** Links a team (everyone in it) to a child. */
  @Transactional
  public void linkTeam(UUID childId, UUID teamId, RelationshipKind kind) {
    if (!relationships.existsByChildIdAndTeamIdAndKind(childId, teamId, kind)) {
      relationships.save(
          new ChildRelationshipEntity(
              UUID.randomUUID(), childId, null, teamId, kind, clock.instant()));
    }
  }
}
