package org.lantern.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.ChildRef;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRule;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.access.UserView;
import org.lantern.casework.data.CaseEventEntity;
import org.lantern.casework.data.CaseEvents;
import org.lantern.casework.data.ChildCaseEntity;
import org.lantern.casework.data.ChildCases;
import org.lantern.panel.PanelActions;
import org.lantern.platform.FieldProblems;
import org.lantern.referral.DecisionRouting;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's case once routed: read, its council reference recorded, transferred (to a worker, a
 * team, or another authority when the child moves) and closed with a reason. Transfer and closure
 * end the relationships that gave the old holders access; each step is on the chronology and
 * audited.
 */
@Service
public class Cases {

  /** The longest council reference, close reason or authority name kept. */
  public static final int MAX_REFERENCE = 60;

  public static final int MAX_TEXT = 2000;

  private final ChildCases cases;
  private final CaseEvents events;
  private final CaseViews views;
  private final Allocation allocation;
  private final TeamRouting teams;
  private final Relationships relationships;
  private final PanelActions panelActions;
  private final AccessPolicy policy;
  private final Clock clock;

  Cases(
      ChildCases cases,
      CaseEvents events,
      CaseViews views,
      Allocation allocation,
      TeamRouting teams,
      Relationships relationships,
      PanelActions panelActions,
      AccessPolicy policy,
      Clock clock) {
    this.cases = cases;
    this.events = events;
    this.views = views;
    this.allocation = allocation;
    this.teams = teams;
    this.relationships = relationships;
    this.panelActions = panelActions;
    this.policy = policy;
    this.clock = clock;
  }

  /** One step of the case's history. */
  public record Step(Instant at, CaseEventKind kind, String agencyName, @Nullable String detail) {}

  /** The case page: the case, its history, and what the child has open at panel. */
  public record Opened(CaseView c, List<Step> history, long openPanelActions) {}

  /** The case as its page shows it; the read is audited as a read of the child's record. */
  @Transactional
  public Opened open(CurrentUser user, UUID caseId) {
    ChildCaseEntity c = allocation.load(caseId);
    policy.require(user, Permission.VIEW_CHILD_RECORD, ref(c), Allocation.ref(c), "child's case");
    List<Step> history =
        events.findByCaseIdOrderByHappenedAtDescIdAsc(c.id()).stream()
            .map(e -> new Step(e.happenedAt(), e.kind(), e.agencyName(), e.detail()))
            .toList();
    return new Opened(views.of(c), history, openActions(c.childId()));
  }

  /** The child's case, if the child has one (for the file and tests). */
  @Transactional(readOnly = true)
  public @Nullable UUID caseOf(UUID childId) {
    return cases
        .findFirstByChildIdOrderByRoutedAtDesc(childId)
        .map(ChildCaseEntity::id)
        .orElse(null);
  }

  /** The teams a case may be transferred to. */
  @Transactional(readOnly = true)
  public List<DecisionRouting.Team> teams(CurrentUser user) {
    return teams.teams(user.partnershipId());
  }

  /** Records (or clears, with blank) the council's own case-system reference. */
  @Transactional
  public void recordReference(
      CurrentUser user, UUID caseId, long version, @Nullable String reference) {
    ChildCaseEntity c = loadFor(user, caseId, version, Permission.CLOSE_CASE, "council reference");
    if (reference != null && reference.length() > MAX_REFERENCE) {
      throw new CaseRuleException("reference", "casework.reference.tooLong");
    }
    c.recordCouncilReference(reference);
    cases.saveAndFlush(c);
    step(user, c, CaseEventKind.REFERENCE_RECORDED, reference);
  }

  /** Transfers to another worker of the case's team. */
  @Transactional
  public void transferToWorker(
      CurrentUser user, UUID caseId, long version, @Nullable UUID workerId) {
    ChildCaseEntity c =
        loadFor(user, caseId, version, Permission.TRANSFER_CASE, "transfer to a worker");
    if (workerId == null) {
      throw new CaseRuleException("worker", "casework.transfer.worker.required");
    }
    if (workerId.equals(user.id())) {
      throw new CaseRuleException("worker", "casework.transfer.worker.self");
    }
    if (workerId.equals(c.workerUserId())) {
      throw new CaseRuleException("worker", "casework.transfer.worker.same");
    }
    UserView worker =
        allocation.workers(c.partnershipId(), c.teamId()).stream()
            .filter(w -> w.id().equals(workerId))
            .findFirst()
            .orElseThrow(
                () -> new CaseRuleException("worker", "casework.allocate.worker.notInTeam"));
    UUID old = c.workerUserId();
    c.transferToWorker(worker.id(), user.id(), clock.instant());
    cases.saveAndFlush(c);
    if (old != null) {
      relationships.end(c.childId(), old, RelationshipKind.ALLOCATED_WORKER);
    }
    relationships.link(c.childId(), worker.id(), RelationshipKind.ALLOCATED_WORKER);
    step(user, c, CaseEventKind.TRANSFERRED_TO_WORKER, worker.displayName());
    allocation.tell(worker.id(), c);
  }

  /** Transfers to another team, whose manager allocates a worker from its queue. */
  @Transactional
  public void transferToTeam(CurrentUser user, UUID caseId, long version, @Nullable UUID teamId) {
    ChildCaseEntity c =
        loadFor(user, caseId, version, Permission.TRANSFER_CASE, "transfer to a team");
    if (teamId == null || !teams.takesChildren(user.partnershipId(), teamId)) {
      throw new CaseRuleException("team", "casework.transfer.team.required");
    }
    if (teamId.equals(c.teamId())) {
      throw new CaseRuleException("team", "casework.transfer.team.same");
    }
    endHolders(c);
    c.transferToTeam(teamId, clock.instant());
    cases.saveAndFlush(c);
    relationships.linkTeam(c.childId(), teamId, RelationshipKind.ALLOCATED_TEAM);
    step(user, c, CaseEventKind.TRANSFERRED_TO_TEAM, views.of(c).teamName());
  }

  /** The child moved: another authority holds the case; ours ends. */
  @Transactional
  public void transferOut(CurrentUser user, UUID caseId, long version, @Nullable String authority) {
    ChildCaseEntity c =
        loadFor(user, caseId, version, Permission.TRANSFER_CASE, "transfer to another authority");
    if (authority == null) {
      throw new CaseRuleException("authority", "casework.transfer.authority.required");
    }
    if (authority.length() > 200) {
      throw new CaseRuleException("authority", "casework.transfer.authority.tooLong");
    }
    endHolders(c);
    c.transferOut(authority, clock.instant());
    cases.saveAndFlush(c);
    step(user, c, CaseEventKind.TRANSFERRED_OUT, authority);
  }

  /**
   * Closes with a reason. When the child has open panel actions, the closer must say what happens
   * to them ({@code actionsPlan}); nothing is saved otherwise.
   */
  @Transactional
  public void close(
      CurrentUser user,
      UUID caseId,
      long version,
      @Nullable String reason,
      @Nullable String actionsPlan) {
    ChildCaseEntity c = loadFor(user, caseId, version, Permission.CLOSE_CASE, "close the case");
    FieldProblems problems = new FieldProblems();
    problems.addIf(reason == null, "reason", "casework.close.reason.required");
    problems.addIf(
        reason != null && reason.length() > MAX_TEXT / 2,
        "reason",
        "casework.close.reason.tooLong");
    problems.addIf(
        actionsPlan != null && actionsPlan.length() > MAX_TEXT / 2,
        "actionsPlan",
        "casework.close.actionsPlan.tooLong");
    problems.addIf(
        openActions(c.childId()) > 0 && actionsPlan == null,
        "actionsPlan",
        "casework.close.actionsPlan.required");
    problems.throwIfAny(CaseRuleException::new);
    String recorded = actionsPlan == null ? reason : reason + "\n\n" + actionsPlan;
    endHolders(c);
    c.close(recorded, clock.instant());
    cases.saveAndFlush(c);
    step(user, c, CaseEventKind.CLOSED, recorded);
  }

  private long openActions(UUID childId) {
    PanelActions.Counts counts = panelActions.openFor(List.of(childId)).get(childId);
    return counts == null ? 0 : counts.open();
  }

  private void endHolders(ChildCaseEntity c) {
    if (c.workerUserId() != null) {
      relationships.end(c.childId(), c.workerUserId(), RelationshipKind.ALLOCATED_WORKER);
    }
    if (c.teamId() != null) {
      relationships.endTeam(c.childId(), c.teamId(), RelationshipKind.ALLOCATED_TEAM);
    }
  }

  /**
   * The case, to change: the person must hold it (its worker, or in its team) and have access to
   * the child's record (audited either way); it must be open and unchanged since {@code version}.
   */
  private ChildCaseEntity loadFor(
      CurrentUser user, UUID caseId, long version, Permission permission, String purpose) {
    ChildCaseEntity c = allocation.load(caseId);
    boolean holds =
        user.id().equals(c.workerUserId())
            || (c.teamId() != null && c.teamId().equals(user.teamId()));
    policy.requireRole(
        user, permission, Allocation.ref(c), RecordRule.of(holds, "NOT_CASE_HOLDER"));
    policy.require(user, permission, ref(c), Allocation.ref(c), purpose);
    if (c.version() != version || !c.status().isOpen()) {
      throw new CaseChangedException(views.of(c));
    }
    return c;
  }

  private void step(
      CurrentUser user, ChildCaseEntity c, CaseEventKind kind, @Nullable String detail) {
    events.save(
        new CaseEventEntity(
            c.id(), c.childId(), clock.instant(), kind, user.id(), user.agencyName(), detail));
  }

  private static ChildRef ref(ChildCaseEntity c) {
    return new ChildRef(c.childId(), c.partnershipId());
  }
}
