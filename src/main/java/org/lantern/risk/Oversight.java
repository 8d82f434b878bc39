package org.lantern.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.UserView;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.platform.LanternTime;
import org.lantern.risk.data.ScreeningEntity;
import org.lantern.risk.data.ScreeningRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for whom: a worker's drafts, returned and unsigned screenings and overdue reviews; a
 * team manager's screenings to sign off and the team's overdue reviews. A review is overdue when
 * the child's current (latest submitted) screening's review date has passed.
 */
@Service
public class Oversight {

  private final ScreeningRecords records;
  private final Children children;
  private final Directory directory;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Clock clock;

  Oversight(
      ScreeningRecords records,
      Children children,
      Directory directory,
      AccessPolicy policy,
      AuditLog audit,
      Clock clock) {
    this.records = records;
    this.children = children;
    this.directory = directory;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /** One screening in a list. */
  public record Row(
      UUID screeningId,
      ChildSummary child,
      ScreeningStatus status,
      @Nullable RiskLevel level,
      String authorName,
      Instant updatedAt,
      @Nullable Instant submittedAt,
      @Nullable LocalDate reviewDueOn,
      boolean overdue) {}

  /** A worker's screenings: to finish (drafts, returned), awaiting sign-off, reviews overdue. */
  public record Work(List<Row> toFinish, List<Row> awaitingSignOff, List<Row> overdue) {

    public long count() {
      return toFinish.size() + overdue.size();
    }
  }

  /** A team manager's: screenings to sign off, and the team's overdue reviews. */
  public record TeamWork(List<Row> toSignOff, List<Row> overdue) {}

  /** How many, for the navigation and home page. */
  public record Counts(long toFinish, long awaitingSignOff, long overdue, long toSignOff) {}

  @Transactional
  public Work mine(CurrentUser user) {
    auditView(user, "MY_SCREENINGS", "my screenings");
    List<ScreeningEntity> own =
        records.findByAuthorUserIdAndStatusInOrderByUpdatedAtDesc(
            user.id(), EnumSet.allOf(ScreeningStatus.class));
    return new Work(
        rows(own.stream().filter(s -> s.status().editable()).toList()),
        rows(own.stream().filter(s -> s.status() == ScreeningStatus.SUBMITTED).toList()),
        rows(overdue(user, null)));
  }

  @Transactional
  public TeamWork team(CurrentUser manager) {
    if (!policy.roleAllows(manager, Permission.SIGN_OFF_SCREENING) || manager.teamId() == null) {
      return new TeamWork(List.of(), List.of());
    }
    auditView(manager, "SIGN_OFF_LIST", "screenings to sign off");
    UUID team = manager.teamId();
    return new TeamWork(
        rows(
            records.findByPartnershipIdAndTeamIdAndStatusOrderBySubmittedAtAsc(
                manager.partnershipId(), team, ScreeningStatus.SUBMITTED)),
        rows(overdue(manager, team).stream().filter(s -> team.equals(s.teamId())).toList()));
  }

  @Transactional(readOnly = true)
  public Counts counts(CurrentUser user) {
    List<ScreeningEntity> own =
        records.findByAuthorUserIdAndStatusInOrderByUpdatedAtDesc(
            user.id(), EnumSet.allOf(ScreeningStatus.class));
    UUID team = user.teamId();
    boolean manager = policy.roleAllows(user, Permission.SIGN_OFF_SCREENING) && team != null;
    long toSignOff =
        manager
            ? records
                .findByPartnershipIdAndTeamIdAndStatusOrderBySubmittedAtAsc(
                    user.partnershipId(), team, ScreeningStatus.SUBMITTED)
                .size()
            : 0;
    return new Counts(
        own.stream().filter(s -> s.status().editable()).count(),
        own.stream().filter(s -> s.status() == ScreeningStatus.SUBMITTED).count(),
        overdue(user, manager ? team : null).size(),
        toSignOff);
  }

  /** Whether a review due on this date is overdue today. */
  public static boolean overdue(@Nullable LocalDate reviewDueOn, LocalDate today) {
    return reviewDueOn != null && today.isAfter(reviewDueOn);
  }

  /** Current screenings overdue for review: the person's own, and their team's when given. */
  private List<ScreeningEntity> overdue(CurrentUser user, @Nullable UUID team) {
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    return records.overdue(user.partnershipId(), user.id(), team, today);
  }

  private List<Row> rows(List<ScreeningEntity> screenings) {
    Map<UUID, ChildSummary> kids =
        children.summaries(screenings.stream().map(ScreeningEntity::childId).toList());
    Map<UUID, UserView> authors =
        directory.users(screenings.stream().map(ScreeningEntity::authorUserId).distinct().toList());
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));
    List<Row> rows = new ArrayList<>();
    for (ScreeningEntity s : screenings) {
      UserView author = authors.get(s.authorUserId());
      rows.add(
          new Row(
              s.id(),
              kids.get(s.childId()),
              s.status(),
              s.riskLevel(),
              author == null ? "" : author.displayName(),
              s.updatedAt(),
              s.submittedAt(),
              s.reviewDueOn(),
              overdue(s.reviewDueOn(), today)));
    }
    return rows;
  }

  private void auditView(CurrentUser user, String list, String purpose) {
    audit.record(
        user,
        AuditAction.VIEW_WORKLIST,
        null,
        new RecordRef(list, user.id().toString()),
        null,
        purpose);
  }
}
