package org.lantern.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.Section;
import org.lantern.access.UserView;
import org.lantern.casework.data.ChildCaseEntity;
import org.lantern.casework.data.ChildCases;
import org.lantern.panel.PanelActions;
import org.lantern.people.Chronology;
import org.lantern.people.ChronologyEntry;
import org.lantern.platform.LanternTime;
import org.lantern.platform.Paged;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.RiskLevels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Caseloads: a worker's "My children" (each child's level, next review, open panel actions, last
 * contact from any agency, and what is overdue), a manager's "Our team's children" with each
 * worker's caseload size, and what is new on a worker's children since they last looked.
 */
@Service
public class Caseloads {

  /** Every section of the chronology but the case's own events (allocation, transfer, closing). */
  private static final Predicate<Section> OTHER_AGENCIES = section -> section != Section.CASE;

  private final ChildCases cases;
  private final CaseListing listing;
  private final CaseViews views;
  private final Allocation allocation;
  private final RiskLevels levels;
  private final PanelActions actions;
  private final Chronology chronology;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final JdbcClient jdbc;
  private final Clock clock;

  Caseloads(
      ChildCases cases,
      CaseListing listing,
      CaseViews views,
      Allocation allocation,
      RiskLevels levels,
      PanelActions actions,
      Chronology chronology,
      AccessPolicy policy,
      AuditLog audit,
      JdbcClient jdbc,
      Clock clock) {
    this.cases = cases;
    this.listing = listing;
    this.views = views;
    this.allocation = allocation;
    this.levels = levels;
    this.actions = actions;
    this.chronology = chronology;
    this.policy = policy;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One child on a caseload. */
  public record Row(
      CaseView c,
      RiskLevel level,
      @Nullable LocalDate nextReview,
      long openActions,
      long overdueActions,
      @Nullable ChronologyEntry lastContact) {

    public boolean reviewOverdue(LocalDate today) {
      return nextReview != null && nextReview.isBefore(today);
    }

    public boolean anythingOverdue(LocalDate today) {
      return overdueActions > 0 || reviewOverdue(today);
    }
  }

  /** A worker of the team and how many children they hold. */
  public record Worker(UserView worker, long caseload) {}

  /** The manager's view: each worker's caseload size and the team's children, a page at a time. */
  public record Team(
      List<Worker> workers, Paged<Row> children, CaseList query, long allocated, long waiting) {}

  /** Something new on one of the worker's children since they last looked. */
  public record News(CaseView c, ChronologyEntry entry) {}

  /**
   * One page of the worker's own children, most recently allocated first unless sorted another way,
   * searchable by the child's name or a reference; looking marks the news as seen.
   */
  @Transactional
  public Paged<Row> mine(CurrentUser user, CaseList query) {
    policy.requireRole(user, Permission.HOLD_CASES);
    Paged<ChildCaseEntity> found =
        listing.page(
            CaseStatus.ALLOCATED,
            CaseListing.Holder.WORKER,
            user.id(),
            query,
            Allocation.PAGE_SIZE);
    audit.record(
        user,
        AuditAction.VIEW_WORKLIST,
        null,
        new RecordRef("MY_CHILDREN", user.id().toString()),
        null,
        "my children, page " + found.page() + " of " + found.matching());
    markSeen(user);
    return new Paged<>(
        rows(found.rows(), user), found.page(), Allocation.PAGE_SIZE, found.matching());
  }

  /** The manager's team: its workers' caseloads and a page of its children. */
  @Transactional
  public Team team(CurrentUser user, CaseList query) {
    policy.requireRole(user, Permission.VIEW_TEAM_QUEUE);
    if (user.teamId() == null) {
      audit.record(
          user,
          AuditAction.VIEW_WORKLIST,
          null,
          new RecordRef("TEAM_CHILDREN", "null"),
          null,
          "our team's children");
      return new Team(List.of(), new Paged<>(List.of(), 1, Allocation.PAGE_SIZE, 0), query, 0, 0);
    }
    List<Worker> workers =
        allocation.workers(user.partnershipId(), user.teamId()).stream()
            .map(
                w ->
                    new Worker(w, cases.countByWorkerUserIdAndStatus(w.id(), CaseStatus.ALLOCATED)))
            .toList();
    Paged<ChildCaseEntity> found =
        listing.page(
            CaseStatus.ALLOCATED,
            CaseListing.Holder.TEAM,
            user.teamId(),
            query,
            Allocation.PAGE_SIZE);
    audit.record(
        user,
        AuditAction.VIEW_WORKLIST,
        null,
        new RecordRef("TEAM_CHILDREN", String.valueOf(user.teamId())),
        null,
        "our team's children, page " + found.page() + " of " + found.matching());
    return new Team(
        workers,
        new Paged<>(rows(found.rows(), user), found.page(), Allocation.PAGE_SIZE, found.matching()),
        query,
        cases.countByTeamIdAndStatus(user.teamId(), CaseStatus.ALLOCATED),
        allocation.waiting(user));
  }

  /**
   * What other agencies recorded on the worker's children since they last looked at "My children"
   * (newest first, at most {@code limit}); for the home page.
   */
  @Transactional
  public List<News> news(CurrentUser user, int limit) {
    if (!policy.roleAllows(user, Permission.HOLD_CASES)) {
      return List.of();
    }
    List<ChildCaseEntity> held = cases.findByWorkerUserIdAndStatus(user.id(), CaseStatus.ALLOCATED);
    if (held.isEmpty()) {
      return List.of();
    }
    audit.record(
        user,
        AuditAction.VIEW_WORKLIST,
        null,
        new RecordRef("CASELOAD_NEWS", user.id().toString()),
        null,
        "what is new on my children");
    Instant since = lastSeen(user);
    List<CaseView> shown = views.of(held);
    Map<UUID, List<ChronologyEntry>> recent =
        chronology.since(
            shown.stream().map(CaseView::childId).toList(), user, since, OTHER_AGENCIES);
    List<News> news = new ArrayList<>();
    for (CaseView c : shown) {
      for (ChronologyEntry e : recent.getOrDefault(c.childId(), List.of())) {
        news.add(new News(c, e));
      }
    }
    return news.stream()
        .sorted(Comparator.comparing((News n) -> n.entry().at()).reversed())
        .limit(limit)
        .toList();
  }

  /** How many children the worker holds. */
  @Transactional(readOnly = true)
  public long held(CurrentUser user) {
    return cases.countByWorkerUserIdAndStatus(user.id(), CaseStatus.ALLOCATED);
  }

  private List<Row> rows(List<ChildCaseEntity> found, CurrentUser viewer) {
    List<CaseView> shown = views.of(found);
    List<UUID> ids = shown.stream().map(CaseView::childId).toList();
    Map<UUID, RiskLevels.Current> current = levels.current(ids);
    Map<UUID, PanelActions.Counts> open = actions.openFor(ids);
    Map<UUID, ChronologyEntry> lastContact = chronology.latest(ids, viewer, OTHER_AGENCIES);
    Map<UUID, Row> rows = new LinkedHashMap<>();
    for (CaseView c : shown) {
      RiskLevels.Current level = current.get(c.childId());
      PanelActions.Counts counts = open.get(c.childId());
      ChronologyEntry last = lastContact.get(c.childId());
      rows.put(
          c.id(),
          new Row(
              c,
              level == null ? RiskLevel.NONE : level.level(),
              level == null ? null : level.reviewDueOn(),
              counts == null ? 0 : counts.open(),
              counts == null ? 0 : counts.overdue(),
              last));
    }
    return List.copyOf(rows.values());
  }

  /** Today, in the partnership's time zone, for what is overdue. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(LanternTime.ZONE));
  }

  private Instant lastSeen(CurrentUser user) {
    return jdbc.sql("select seen_at from caseload_seen where user_id = :user")
        .param("user", user.id())
        .query(Timestamp.class)
        .optional()
        .map(Timestamp::toInstant)
        .orElse(Instant.EPOCH);
  }

  private void markSeen(CurrentUser user) {
    Timestamp now = Timestamp.from(clock.instant());
    int updated =
        jdbc.sql("update caseload_seen set seen_at = :now where user_id = :user")
            .param("now", now)
            .param("user", user.id())
            .update();
    if (updated == 0) {
      jdbc.sql("insert into caseload_seen (user_id, seen_at) values (:user, :now)")
          .param("user", user.id())
          .param("now", now)
          .update();
    }
  }
}
