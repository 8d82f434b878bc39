package org.lantern.casework;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.RecordRule;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.access.UserView;
import org.lantern.casework.data.CaseEventEntity;
import org.lantern.casework.data.CaseEvents;
import org.lantern.casework.data.ChildCaseEntity;
import org.lantern.casework.data.ChildCases;
import org.lantern.notify.Inbox;
import org.lantern.notify.NotificationKind;
import org.lantern.platform.Paged;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team manager's queue of children routed to the team and not yet allocated (oldest first, with
 * the decision and its reasons; paged, searched and sorted in SQL), and the allocation of a worker
 * of the team: the worker and the team are linked to the child, the worker is told, and it goes on
 * the chronology and the audit.
 */
@Service
public class Allocation {

  /** Rows on one page of a queue or caseload. */
  public static final int PAGE_SIZE = 25;

  private final ChildCases cases;
  private final CaseListing listing;
  private final CaseEvents events;
  private final CaseViews views;
  private final Directory directory;
  private final Relationships relationships;
  private final Inbox inbox;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Clock clock;

  Allocation(
      ChildCases cases,
      CaseListing listing,
      CaseEvents events,
      CaseViews views,
      Directory directory,
      Relationships relationships,
      Inbox inbox,
      AccessPolicy policy,
      AuditLog audit,
      Clock clock) {
    this.cases = cases;
    this.listing = listing;
    this.events = events;
    this.views = views;
    this.directory = directory;
    this.relationships = relationships;
    this.inbox = inbox;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * One page of the manager's team's children waiting for a worker, oldest first unless sorted
   * another way, searchable by the child's name or a reference; audited as a worklist read.
   */
  @Transactional
  public Paged<CaseView> queue(CurrentUser user, CaseList query) {
    policy.requireRole(user, Permission.VIEW_TEAM_QUEUE);
    Paged<ChildCaseEntity> found =
        user.teamId() == null
            ? new Paged<>(List.of(), 1, PAGE_SIZE, 0)
            : listing.page(
                CaseStatus.AWAITING_ALLOCATION,
                CaseListing.Holder.TEAM,
                user.teamId(),
                query,
                PAGE_SIZE);
    audit.record(
        user,
        AuditAction.VIEW_WORKLIST,
        null,
        new RecordRef("TEAM_QUEUE", String.valueOf(user.teamId())),
        null,
        "team queue, page " + found.page() + " of " + found.matching());
    return new Paged<>(views.of(found.rows()), found.page(), PAGE_SIZE, found.matching());
  }

  /** How many wait on the manager's team's queue, for the navigation and the home page. */
  @Transactional(readOnly = true)
  public long waiting(CurrentUser user) {
    if (user.teamId() == null || !policy.roleAllows(user, Permission.VIEW_TEAM_QUEUE)) {
      return 0;
    }
    return cases.countByTeamIdInAndStatus(Set.of(user.teamId()), CaseStatus.AWAITING_ALLOCATION);
  }

  /** The case as the allocation page shows it, to a manager of the team it was routed to. */
  @Transactional
  public CaseView toAllocate(CurrentUser user, UUID caseId) {
    ChildCaseEntity c = load(caseId);
    requireManager(user, c);
    audit.record(
        user, AuditAction.VIEW_TEAM_QUEUE, c.childId(), ref(c), "TEAM_MANAGER", "allocation");
    return views.of(c);
  }

  /** The workers of the team who may hold the case: the choices for allocating it. */
  @Transactional(readOnly = true)
  public List<UserView> workers(UUID partnershipId, @Nullable UUID teamId) {
    if (teamId == null) {
      return List.of();
    }
    return directory.referrers(partnershipId).stream()
        .filter(u -> teamId.equals(u.teamId()) && u.role().permits(Permission.HOLD_CASES))
        .toList();
  }

  /**
   * Allocates the case to a worker of its team. Throws {@link CaseRuleException} for a worker
   * outside the team, and {@link CaseChangedException} when another manager allocated it first (or
   * it changed since {@code version}); nothing is saved either way.
   */
  @Transactional
  public void allocate(CurrentUser user, UUID caseId, long version, @Nullable UUID workerId) {
    ChildCaseEntity c = load(caseId);
    requireManager(user, c);
    if (c.version() != version || c.status() != CaseStatus.AWAITING_ALLOCATION) {
      throw new CaseChangedException(views.of(c));
    }
    UserView worker =
        workers(c.partnershipId(), c.teamId()).stream()
            .filter(w -> w.id().equals(workerId))
            .findFirst()
            .orElseThrow(
                () ->
                    new CaseRuleException(
                        "worker",
                        workerId == null
                            ? "casework.allocate.worker.required"
                            : "casework.allocate.worker.notInTeam"));
    c.allocate(worker.id(), user.id(), clock.instant());
    cases.saveAndFlush(c);
    relationships.link(c.childId(), worker.id(), RelationshipKind.ALLOCATED_WORKER);
    relationships.linkTeam(c.childId(), c.teamId(), RelationshipKind.ALLOCATED_TEAM);
    events.save(
        new CaseEventEntity(
            c.id(),
            c.childId(),
            clock.instant(),
            CaseEventKind.ALLOCATED,
            user.id(),
            user.agencyName(),
            worker.displayName()));
    audit.record(
        user,
        AuditAction.ALLOCATE_CASE,
        c.childId(),
        ref(c),
        "TEAM_MANAGER",
        "allocated to " + worker.displayName());
    tell(worker.id(), c);
  }

  /** Tells a worker the child is theirs now (inbox, and e-mail when set). */
  void tell(UUID workerId, ChildCaseEntity c) {
    inbox.raise(workerId, NotificationKind.CASE_ALLOCATED, c.concernId());
  }

  private void requireManager(CurrentUser user, ChildCaseEntity c) {
    policy.requireRole(
        user,
        Permission.ALLOCATE_CASE,
        ref(c),
        RecordRule.of(
            c.partnershipId().equals(user.partnershipId())
                && c.teamId() != null
                && c.teamId().equals(user.teamId()),
            "NOT_TEAM_MANAGER"));
  }

  ChildCaseEntity load(UUID caseId) {
    return cases.findById(caseId).orElseThrow(() -> new RecordNotFoundException("case", caseId));
  }

  static RecordRef ref(ChildCaseEntity c) {
    return RecordRef.of("CHILD_CASE", c.id());
  }
}
