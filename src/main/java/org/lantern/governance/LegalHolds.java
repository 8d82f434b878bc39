package org.lantern.governance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.ChildDirectory;
import org.lantern.access.ChildRef;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds: a child whose records are subject to an inquiry has none of them deleted, whatever
 * their retention, until the hold is lifted. Placing and lifting are audited against the child.
 */
@Service
public class LegalHolds {

  static final String RECORD_TYPE = "LEGAL_HOLD";

  private final AccessPolicy policy;
  private final ChildDirectory children;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  LegalHolds(
      AccessPolicy policy, ChildDirectory children, JdbcClient jdbc, AuditLog audit, Clock clock) {
    this.policy = policy;
    this.children = children;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** A hold on a child: why, since when, and (once lifted) when. */
  public record Hold(
      UUID id,
      UUID childId,
      String reason,
      Instant placedAt,
      @Nullable Instant liftedAt,
      @Nullable String liftReason) {

    public boolean inPlace() {
      return liftedAt == null;
    }
  }

  @Transactional
  public UUID place(CurrentUser officer, UUID childId, String reason) {
    ChildRef child = child(officer, childId);
    String why = reason.strip();
    if (why.isBlank() || why.length() > 1000) {
      throw new GovernanceRuleBroken("reason", "governance.hold.reason.missing");
    }
    if (held(childId)) {
      throw new GovernanceRuleBroken("reason", "governance.hold.already");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into legal_hold (id, partnership_id, child_id, reason, placed_by, placed_at)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(id, child.partnershipId(), childId, why, officer.id(), now())
        .update();
    audit.record(
        officer,
        AuditAction.LEGAL_HOLD_PLACED,
        childId,
        RecordRef.of(RECORD_TYPE, id),
        null,
        "hold: none → in place; reason: " + why);
    return id;
  }

  @Transactional
  public void lift(CurrentUser officer, UUID childId, UUID holdId, String reason) {
    child(officer, childId);
    String why = reason.strip();
    if (why.isBlank() || why.length() > 1000) {
      throw new GovernanceRuleBroken("liftReason", "governance.hold.liftReason.missing");
    }
    int lifted =
        jdbc.sql(
                "update legal_hold set lifted_by = ?, lifted_at = ?, lift_reason = ?,"
                    + " version = version + 1"
                    + " where id = ? and child_id = ? and lifted_at is null")
            .params(officer.id(), now(), why, holdId, childId)
            .update();
    if (lifted == 0) {
      throw new RecordNotFoundException(RECORD_TYPE, holdId);
    }
    audit.record(
        officer,
        AuditAction.LEGAL_HOLD_LIFTED,
        childId,
        RecordRef.of(RECORD_TYPE, holdId),
        null,
        "hold: in place → lifted; reason: " + why);
  }

  /** The child's holds, newest first. */
  @Transactional(readOnly = true)
  public List<Hold> of(CurrentUser officer, UUID childId) {
    child(officer, childId);
    return jdbc.sql(
            "select id, child_id, reason, placed_at, lifted_at, lift_reason from legal_hold"
                + " where child_id = ? order by placed_at desc")
        .param(childId)
        .query(
            (rs, n) ->
                new Hold(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant(),
                    rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                    rs.getString(6)))
        .list();
  }

  /** Whether a hold is in place on the child now. */
  @Transactional(readOnly = true)
  public boolean held(UUID childId) {
    return jdbc.sql("select count(*) from legal_hold where child_id = ? and lifted_at is null")
            .param(childId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The child, if it is of the officer's partnership (guarded: the officer's role, this child). */
  ChildRef child(CurrentUser officer, UUID childId) {
    policy.requireRole(officer, Permission.MANAGE_RETENTION, RecordRef.child(childId));
    return children
        .ref(childId)
        .filter(c -> c.partnershipId().equals(officer.partnershipId()))
        .orElseThrow(() -> new RecordNotFoundException("CHILD", childId));
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }
}
