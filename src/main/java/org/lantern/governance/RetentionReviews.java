package org.lantern.governance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.ChildDirectory;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What has reached the end of its retention, for the information governance officer to review: the
 * daily listing (idempotent: a record is listed once), and the deletion the officer confirms, which
 * removes the record's personal data, leaves a tombstone and is audited in the same transaction. A
 * legal hold on the child stops it.
 */
@Service
public class RetentionReviews {

  static final String RECORD_TYPE = "RETENTION_REVIEW";

  private final AccessPolicy policy;
  private final RetentionRules rules;
  private final LegalHolds holds;
  private final ChildDirectory children;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  RetentionReviews(
      AccessPolicy policy,
      RetentionRules rules,
      LegalHolds holds,
      ChildDirectory children,
      JdbcClient jdbc,
      AuditLog audit,
      Clock clock) {
    this.policy = policy;
    this.rules = rules;
    this.holds = holds;
    this.children = children;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** A record waiting for the officer: its kind, which record, whose, since when, and any hold. */
  public record Waiting(
      UUID id,
      RecordKind kind,
      String recordId,
      @Nullable UUID childId,
      @Nullable String childName,
      LocalDate dueOn,
      boolean held) {}

  /** A deleted record's tombstone: what it was, when it was due, when and by whom it went. */
  public record Tombstone(
      RecordKind kind, String recordId, LocalDate dueOn, Instant erasedAt, String erasedBy) {}

  /**
   * Lists the partnership's records that reached their date by {@code day}: each once, however
   * often it runs or however many copies run it. Returns how many were new.
   */
  @Transactional
  public int listDue(UUID partnershipId, LocalDate day) {
    int listed = 0;
    for (RetentionRules.Rule rule : rules.rulesOf(partnershipId)) {
      RetainedRecords source = rules.source(rule.kind()).orElseThrow();
      for (RetainedRecords.Due due : source.dueBy(partnershipId, rule.months(), day)) {
        listed +=
            jdbc.sql(
                    "insert into retention_review (id, partnership_id, record_kind, record_id,"
                        + " child_id, due_on, listed_at, status)"
                        + " select ?, ?, ?, ?, ?, ?, ?, 'WAITING' where not exists (select 1 from"
                        + " retention_review where partnership_id = ? and record_kind = ?"
                        + " and record_id = ?)")
                .params(
                    UUID.randomUUID(),
                    partnershipId,
                    rule.kind().name(),
                    due.recordId(),
                    due.childId(),
                    due.dueOn(),
                    Timestamp.from(clock.instant()),
                    partnershipId,
                    rule.kind().name(),
                    due.recordId())
                .update();
      }
    }
    return listed;
  }

  /** What waits for the officer's decision, oldest date first (the listing itself audited). */
  @Transactional
  public List<Waiting> waiting(CurrentUser officer) {
    policy.requireRole(officer, Permission.MANAGE_RETENTION);
    List<Row> rows =
        jdbc.sql(
                "select id, record_kind, record_id, child_id, due_on from retention_review"
                    + " where partnership_id = ? and status = 'WAITING'"
                    + " order by due_on, record_kind, record_id")
            .param(officer.partnershipId())
            .query(
                (rs, n) ->
                    new Row(
                        rs.getObject(1, UUID.class),
                        RecordKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        rs.getObject(5, LocalDate.class)))
            .list();
    Collection<UUID> childIds = rows.stream().map(Row::childId).filter(Objects::nonNull).toList();
    Map<UUID, String> names = childIds.isEmpty() ? Map.of() : children.namesOf(childIds);
    audit.record(
        officer,
        AuditAction.RETENTION_REVIEW_LISTED,
        null,
        new RecordRef("RETENTION_REVIEW_LIST", officer.partnershipId().toString()),
        null,
        rows.size() + " waiting");
    return rows.stream()
        .map(
            r ->
                new Waiting(
                    r.id(),
                    r.kind(),
                    r.recordId(),
                    r.childId(),
                    r.childId() == null ? null : names.get(r.childId()),
                    r.dueOn(),
                    r.childId() != null && holds.held(r.childId())))
        .toList();
  }

  /**
   * The officer confirms a waiting record's deletion: refused while a legal hold is on its child;
   * else its personal data is removed by the module that keeps it, a tombstone is left, and the
   * deletion is audited, all in one transaction.
   */
  @Transactional
  public void confirmDeletion(CurrentUser officer, UUID reviewId) {
    policy.requireRole(officer, Permission.MANAGE_RETENTION, RecordRef.of(RECORD_TYPE, reviewId));
    Row row =
        jdbc.sql(
                "select id, record_kind, record_id, child_id, due_on from retention_review"
                    + " where id = ? and partnership_id = ? and status = 'WAITING'"
                    + " for update")
            .params(reviewId, officer.partnershipId())
            .query(
                (rs, n) ->
                    new Row(
                        rs.getObject(1, UUID.class),
                        RecordKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        rs.getObject(5, LocalDate.class)))
            .optional()
            .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, reviewId));
    if (row.childId() != null && holds.held(row.childId())) {
      throw new GovernanceRuleBroken("review", "governance.review.held");
    }
    RetainedRecords source =
        rules
            .source(row.kind())
            .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, reviewId));
    int months =
        rules.rulesOf(officer.partnershipId()).stream()
            .filter(r -> r.kind().equals(row.kind()))
            .findFirst()
            .orElseThrow()
            .months();
    source.erase(officer.partnershipId(), row.recordId());
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql(
            "insert into retention_tombstone (id, partnership_id, record_kind, record_id,"
                + " child_id, due_on, period_months, erased_at, erased_by, erased_by_username)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            UUID.randomUUID(),
            officer.partnershipId(),
            row.kind().name(),
            row.recordId(),
            row.childId(),
            row.dueOn(),
            months,
            now,
            officer.id(),
            officer.username())
        .update();
    jdbc.sql(
            "update retention_review set status = 'DELETED', decided_by = ?, decided_at = ?,"
                + " version = version + 1 where id = ?")
        .params(officer.id(), now, reviewId)
        .update();
    audit.record(
        officer,
        AuditAction.RECORD_ERASED,
        row.childId(),
        new RecordRef(row.kind().name(), row.recordId()),
        null,
        "retention: "
            + months
            + " months, due "
            + row.dueOn()
            + "; personal data removed, tombstone kept");
  }

  /** The partnership's tombstones, newest first. */
  @Transactional(readOnly = true)
  public List<Tombstone> tombstones(CurrentUser officer) {
    policy.requireRole(officer, Permission.MANAGE_RETENTION);
    return jdbc.sql(
            "select record_kind, record_id, due_on, erased_at, erased_by_username"
                + " from retention_tombstone where partnership_id = ? order by erased_at desc")
        .param(officer.partnershipId())
        .query(
            (rs, n) ->
                new Tombstone(
                    RecordKind.valueOf(rs.getString(1)),
                    rs.getString(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getTimestamp(4).toInstant(),
                    rs.getString(5)))
        .list();
  }

  private record Row(
      UUID id, RecordKind kind, String recordId, @Nullable UUID childId, LocalDate dueOn) {}
}
