package org.lantern.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.platform.LanternTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where children live, kept as history: each placement's type, who holds responsibility and the
 * other authority when one is involved, from the day it started to the day it ended. The reads
 * ({@link #currentOn}, {@link #history}, {@link #countOn}) hand out no more than the flags and
 * reports need and check no access themselves: their callers ask the access policy first. Starting
 * or ending a placement is checked and audited; when another authority is involved its contact is
 * told (a notice on the child's chronology, and an e-mail when mail is configured).
 */
@Service
public class Placements {

  private final PlacementRows rows;
  private final Children children;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Placements(
      PlacementRows rows,
      Children children,
      AccessPolicy policy,
      AuditLog audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.rows = rows;
    this.children = children;
    this.policy = policy;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** The child's placement on that day, if one was recorded. */
  @Transactional(readOnly = true)
  public Optional<ChildPlacement> currentOn(UUID childId, LocalDate day) {
    return Optional.ofNullable(rows.currentOn(List.of(childId), day).get(childId));
  }

  /** The placement on that day of each of these children that had one. */
  @Transactional(readOnly = true)
  public Map<UUID, ChildPlacement> currentOn(Collection<UUID> childIds, LocalDate day) {
    return rows.currentOn(childIds, day);
  }

  /** Every placement of the child, newest first. */
  @Transactional(readOnly = true)
  public List<ChildPlacement> history(UUID childId) {
    return rows.history(childId);
  }

  /**
   * How many of the partnership's children were in each type of placement on that day, and of them
   * how many were placed here by other authorities and how many are ours placed elsewhere. Counts
   * only, no names.
   */
  @Transactional(readOnly = true)
  public List<PlacementCount> countOn(UUID partnershipId, LocalDate day) {
    return rows.countOn(partnershipId, day);
  }

  /**
   * Records a placement that started: the one open until then ends the day this one starts. Refused
   * when it would start before the child was born, in the future, or on or before the start of a
   * placement already recorded (history is added to at its end, never rewritten).
   */
  @Transactional
  public ChildPlacement start(CurrentUser user, UUID childId, NewPlacement placement) {
    policy.require(
        user,
        Permission.RECORD_PLACEMENT,
        children.ref(childId),
        RecordRef.child(childId),
        "record where the child lives: "
            + placement.type().name()
            + ", "
            + placement.responsibility().name());
    rows.lock(childId);
    LocalDate born = children.summary(childId).dateOfBirth();
    if (born != null && placement.startedOn().isBefore(born)) {
      throw new PlacementRefusedException("beforeBirth", "A placement starts after birth");
    }
    if (placement.startedOn().isAfter(today())) {
      throw new PlacementRefusedException("future", "A placement is recorded once it starts");
    }
    ChildPlacement open = null;
    for (ChildPlacement h : rows.history(childId)) {
      if (!h.startedOn().isBefore(placement.startedOn())
          || h.endedOn() != null && h.endedOn().isAfter(placement.startedOn())) {
        throw new PlacementRefusedException(
            "overlaps", "The placement would overlap one already recorded");
      }
      if (h.open()) {
        open = h;
      }
    }
    if (open != null) {
      rows.end(open.id(), placement.startedOn());
      told(user, ended(open, placement.startedOn()), PlacementNoticeDue.Event.ENDED);
    }
    UUID id = UUID.randomUUID();
    rows.insert(id, childId, placement, user.id(), clock.instant());
    ChildPlacement started =
        new ChildPlacement(
            id,
            childId,
            placement.type(),
            placement.responsibility(),
            placement.authority(),
            placement.startedOn(),
            null);
    told(user, started, PlacementNoticeDue.Event.STARTED);
    return started;
  }

  /**
   * Ends the child's open placement on that day (the child left; where they went is not known yet
   * or not recorded). Refused when none is open, when the day is before it started or in the
   * future.
   */
  @Transactional
  public ChildPlacement end(CurrentUser user, UUID childId, LocalDate endedOn) {
    policy.require(
        user,
        Permission.RECORD_PLACEMENT,
        children.ref(childId),
        RecordRef.child(childId),
        "record that the child's placement ended");
    rows.lock(childId);
    ChildPlacement open =
        rows.history(childId).stream()
            .filter(ChildPlacement::open)
            .findFirst()
            .orElseThrow(
                () -> new PlacementRefusedException("noneOpen", "No placement is open to end"));
    if (endedOn.isBefore(open.startedOn())) {
      throw new PlacementRefusedException("endBeforeStart", "A placement ends after it starts");
    }
    if (endedOn.isAfter(today())) {
      throw new PlacementRefusedException("future", "A placement is ended once it ends");
    }
    rows.end(open.id(), endedOn);
    ChildPlacement ended = ended(open, endedOn);
    told(user, ended, PlacementNoticeDue.Event.ENDED);
    return ended;
  }

  /**
   * Records children's placements as they stand (an import from the council's case system, the demo
   * county), in the caller's transaction, audited as one import; nobody is told, as nothing started
   * or ended here.
   */
  @Transactional
  public void recordAll(CurrentUser by, Map<UUID, NewPlacement> placements) {
    for (Map.Entry<UUID, NewPlacement> e : placements.entrySet()) {
      rows.insert(UUID.randomUUID(), e.getKey(), e.getValue(), by.id(), clock.instant());
    }
    audit.record(
        by,
        AuditAction.REGISTER_CHILD,
        null,
        new RecordRef("CHILD_PLACEMENT_IMPORT", String.valueOf(placements.size())),
        null,
        "placements of " + placements.size() + " children");
  }

  private void told(CurrentUser by, ChildPlacement p, PlacementNoticeDue.Event event) {
    @Nullable OtherAuthority a = p.authority();
    if (!p.responsibility().otherAuthority() || a == null) {
      return;
    }
    UUID id = UUID.randomUUID();
    rows.notice(id, p, event, a, by.id(), clock.instant());
    events.publishEvent(
        new PlacementNoticeDue(id, p.id(), event, a.name(), a.contactName(), a.contactEmail()));
  }

  private static ChildPlacement ended(ChildPlacement p, LocalDate on) {
    return new ChildPlacement(
        p.id(), p.childId(), p.type(), p.responsibility(), p.authority(), p.startedOn(), on);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(LanternTime.ZONE));
  }
}
