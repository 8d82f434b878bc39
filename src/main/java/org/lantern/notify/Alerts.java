package org.lantern.notify;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.lantern.access.Role;
import org.lantern.access.UserView;
import org.lantern.notify.data.ChildAlertEntity;
import org.lantern.notify.data.ChildAlerts;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.risk.ServiceTeams;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts about a child to the people who hold the child: who is told follows the {@link AlertRule}
 * table (and the partnership's {@link AlertSettings}); repeated alerts about one child to one
 * person within the grouping time are one notice. An alert names the child and what happened, and
 * leads to the child's file, where access is checked and audited as ever.
 */
@Service
public class Alerts {

  private static final int MOST = 100;

  /** One notice as the inbox shows it. */
  public record Shown(
      UUID id,
      UUID childId,
      String childName,
      List<AlertRule> rules,
      @Nullable String detail,
      boolean detailIsReason,
      int count,
      @Nullable String suggestionKey,
      Instant lastAt,
      boolean unread) {}

  private final ChildAlerts alerts;
  private final Relationships relationships;
  private final Directory directory;
  private final Children children;
  private final AlertSettings settings;
  private final ServiceTeams serviceTeams;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Clock clock;
  private final JdbcTemplate jdbc;
  private final EntityManager entities;

  Alerts(
      ChildAlerts alerts,
      Relationships relationships,
      Directory directory,
      Children children,
      AlertSettings settings,
      ServiceTeams serviceTeams,
      AccessPolicy policy,
      AuditLog audit,
      Clock clock,
      JdbcTemplate jdbc,
      EntityManager entities) {
    this.jdbc = jdbc;
    this.entities = entities;
    this.serviceTeams = serviceTeams;
    this.alerts = alerts;
    this.relationships = relationships;
    this.directory = directory;
    this.children = children;
    this.settings = settings;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /** Raises the rule's alert about the child, in the caller's transaction. Who was told. */
  @Transactional
  public Set<UUID> raise(AlertRule rule, UUID partnershipId, UUID childId) {
    return raise(rule, partnershipId, childId, null);
  }

  /**
   * Raises the rule's alert about one thing within the child ({@code detail}, such as the setting
   * that checked their flags): alerts with the same detail group into one notice, apart from the
   * child's other alerts. Who was told.
   */
  @Transactional
  public Set<UUID> raise(
      AlertRule rule, UUID partnershipId, UUID childId, @Nullable String detail) {
    return raise(rule, partnershipId, childId, detail, Set.of());
  }

  /**
   * Raises the rule's alert, with the accounts of the partner who referred the child ({@code
   * referrers}: whom {@link AlertRecipient#REFERRER} tells). Who was told.
   */
  @Transactional
  public Set<UUID> raise(
      AlertRule rule,
      UUID partnershipId,
      UUID childId,
      @Nullable String detail,
      Set<UUID> referrers) {
    Set<UUID> to = recipients(rule, partnershipId, childId, referrers);
    Instant now = clock.instant();
    Instant since = now.minus(settings.alertGrouping());
    if (!to.isEmpty()) {
      // the notice is written with plain statements: whatever this transaction has persisted and
      // not yet flushed (a child made with the concern that raised the alert) goes first
      entities.flush();
    }
    for (UUID recipient : to) {
      if (addNew(rule, recipient, childId, detail, now, since) == 0) {
        addToOpen(rule, recipient, childId, detail, now, since);
      }
    }
    return to;
  }

  /**
   * A new notice to the recipient about the child (and the detail), unless one is open: unread, its
   * last alert within the grouping time. Plain statements, no entity (the flag check raises one on
   * every check); most alerts start a notice, so the insert is tried first. How many were added (0
   * or 1).
   */
  private int addNew(
      AlertRule rule,
      UUID recipient,
      UUID childId,
      @Nullable String detail,
      Instant now,
      Instant since) {
    List<Object> args = new ArrayList<>();
    args.addAll(
        List.of(
            UUID.randomUUID(),
            recipient,
            childId,
            rule.name(),
            new SqlParameterValue(Types.VARCHAR, detail),
            new SqlParameterValue(Types.VARCHAR, rule.suggestionKey()),
            Timestamp.from(now),
            Timestamp.from(now)));
    return jdbc.update(
        """
        insert into child_alert (id, recipient_user_id, child_id, rules, detail, alert_count,
          suggestion_key, first_at, last_at, version)
        select ?, ?, ?, ?, ?, 1, ?, ?, ?, 0
        where not exists (%s)
        """
            .formatted(open("1", recipient, childId, detail, since, args)),
        args.toArray());
  }

  /**
   * Adds the alert to the recipient's latest open notice about the child (and the detail): its rule
   * listed once, counted, its last alert now.
   */
  private void addToOpen(
      AlertRule rule,
      UUID recipient,
      UUID childId,
      @Nullable String detail,
      Instant now,
      Instant since) {
    List<Object> args = new ArrayList<>();
    // the rules are a comma-separated list; "_" in a rule's name is literal, not LIKE's wildcard
    args.add("%," + rule.name().replace("_", "!_") + ",%");
    args.add("," + rule.name());
    args.add(new SqlParameterValue(Types.VARCHAR, rule.suggestionKey()));
    args.add(Timestamp.from(now));
    String open = open("id", recipient, childId, detail, since, args);
    jdbc.update(
        """
        update child_alert set
          rules = case when ',' || rules || ',' like ? escape '!' then rules else rules || ? end,
          alert_count = alert_count + 1,
          suggestion_key = coalesce(suggestion_key, ?),
          last_at = ?,
          version = version + 1
        where id = (%s order by last_at desc fetch first 1 rows only)
        """
            .formatted(open),
        args.toArray());
  }

  /**
   * The recipient's open notices about the child and the detail (unread, the last alert since
   * {@code since}), selecting {@code what}; its arguments added to {@code args}.
   */
  private static String open(
      String what,
      UUID recipient,
      UUID childId,
      @Nullable String detail,
      Instant since,
      List<Object> args) {
    args.add(recipient);
    args.add(childId);
    if (detail != null) {
      args.add(detail);
    }
    args.add(Timestamp.from(since));
    return "select "
        + what
        + " from child_alert where recipient_user_id = ? and child_id = ? and "
        + (detail == null ? "detail is null" : "detail = ?")
        + " and read_at is null and last_at >= ?";
  }

  private Set<UUID> recipients(
      AlertRule rule, UUID partnershipId, UUID childId, Set<UUID> referrers) {
    Set<UUID> to = new LinkedHashSet<>();
    for (AlertRecipient who : settings.recipients(rule)) {
      switch (who) {
        case ALLOCATED_WORKER ->
            relationships.currentOn(childId).stream()
                .filter(h -> h.kind() == RelationshipKind.ALLOCATED_WORKER)
                .map(Relationships.Held::userId)
                .filter(Objects::nonNull)
                .forEach(to::add);
        case COORDINATOR ->
            to.addAll(directory.userIdsWithRole(partnershipId, Role.EXPLOITATION_COORDINATOR));
        case HOLDER -> to.addAll(holders(partnershipId, childId));
        case REFERRER -> to.addAll(referrers);
        case SERVICE_TEAM -> to.addAll(serviceTeam(partnershipId, childId));
      }
    }
    return to;
  }

  /** The child's allocated worker(s); else their allocated team; else the front door. */
  private Set<UUID> holders(UUID partnershipId, UUID childId) {
    Set<UUID> to = new LinkedHashSet<>();
    UUID team = null;
    for (Relationships.Held h : relationships.currentOn(childId)) {
      if (h.kind() == RelationshipKind.ALLOCATED_WORKER && h.userId() != null) {
        to.add(h.userId());
      } else if (h.kind() == RelationshipKind.ALLOCATED_TEAM && team == null) {
        team = h.teamId();
      }
    }
    if (to.isEmpty() && team != null) {
      for (Role role : List.of(Role.TEAM_MANAGER, Role.SOCIAL_WORKER)) {
        for (UserView u : directory.usersWithRole(partnershipId, role)) {
          if (team.equals(u.teamId())) {
            to.add(u.id());
          }
        }
      }
    }
    if (to.isEmpty()) {
      to.addAll(directory.userIdsWithRole(partnershipId, Role.FRONT_DOOR));
    }
    return to;
  }

  /** The service team covering the child's district; else every service worker. */
  private Set<UUID> serviceTeam(UUID partnershipId, UUID childId) {
    Set<UUID> to = new LinkedHashSet<>();
    serviceTeams
        .covering(partnershipId, children.summary(childId).districtId())
        .ifPresent(t -> t.workers().forEach(w -> to.add(w.id())));
    if (to.isEmpty()) {
      to.addAll(directory.userIdsWithRole(partnershipId, Role.MISSING_SERVICE_WORKER));
    }
    return to;
  }

  /** Whether the child has an allocated worker (a concern alert goes only to one who does). */
  @Transactional(readOnly = true)
  public boolean allocated(UUID childId) {
    return relationships.currentOn(childId).stream()
        .anyMatch(h -> h.kind() == RelationshipKind.ALLOCATED_WORKER);
  }

  /** A person's alerts, newest first: reading the list is audited as the inbox is. */
  @Transactional
  public List<Shown> mine(CurrentUser user) {
    List<ChildAlertEntity> mine =
        alerts.findByRecipientUserIdOrderByLastAtDesc(user.id(), Limit.of(MOST));
    if (!mine.isEmpty()) {
      audit.record(
          user,
          AuditAction.VIEW_WORKLIST,
          null,
          new RecordRef("ALERTS", user.id().toString()),
          null,
          "alerts about my children");
    }
    Map<UUID, ChildSummary> kids =
        children.summaries(mine.stream().map(ChildAlertEntity::childId).distinct().toList());
    return mine.stream()
        .map(
            a -> {
              ChildSummary child = kids.get(a.childId());
              return new Shown(
                  a.id(),
                  a.childId(),
                  child == null ? "" : child.name(),
                  a.rules(),
                  a.detail(),
                  a.rules().getFirst().detailIsReason(),
                  a.count(),
                  a.suggestionKey(),
                  a.lastAt(),
                  a.readAt() == null);
            })
        .toList();
  }

  @Transactional(readOnly = true)
  public long unread(CurrentUser user) {
    return alerts.countByRecipientUserIdAndReadAtIsNull(user.id());
  }

  /**
   * Marks the alert read and says where it leads: the child's file (where access is checked as
   * ever), or the service's queue for a referral to the service.
   */
  @Transactional
  public String open(CurrentUser user, UUID alertId) {
    ChildAlertEntity a =
        alerts.findById(alertId).orElseThrow(() -> new RecordNotFoundException("alert", alertId));
    policy.requireRole(
        user,
        Permission.READ_INBOX,
        RecordRef.of("ALERT", alertId),
        RecordRule.hidden(a.recipientUserId().equals(user.id()), "NOT_RECIPIENT"));
    a.read(clock.instant());
    return a.rules().getFirst().link(a.childId());
  }
}
