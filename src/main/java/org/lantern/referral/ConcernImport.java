package org.lantern.referral;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.RecordRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings in concerns with their history in bulk, audited as one import. No one is notified: these
 * already happened. References are made here, as for new concerns.
 */
@Service
public class ConcernImport {

  private final JdbcTemplate jdbc;
  private final ConcernReferences references;
  private final AuditLog audit;

  ConcernImport(JdbcTemplate jdbc, ConcernReferences references, AuditLog audit) {
    this.jdbc = jdbc;
    this.references = references;
    this.audit = audit;
  }

  @Transactional
  public void importAll(CurrentUser by, List<HistoricConcern> concerns) {
    List<String> refs = new ArrayList<>(concerns.size());
    concerns.forEach(c -> refs.add(references.next()));
    List<Object[]> indicatorRows = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < concerns.size(); i++) {
      positions.add(i);
      for (RiskIndicator indicator : concerns.get(i).indicators()) {
        indicatorRows.add(new Object[] {concerns.get(i).id(), indicator.name()});
      }
    }
    jdbc.batchUpdate(
        """
        insert into concern (id, partnership_id, reference, child_id, channel, referrer_user_id,
          referrer_agency_id, referrer_name, referrer_contact, recorded_by_user_id, what_happened,
          occurred_on, location, immediate_danger, submitted_at, confirmation_due_at,
          confirmed_at, confirmed_by_user_id, written_account, status, decision,
          decision_reasons, decided_by_user_id, decided_at, source_system, source_id, version)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
        """,
        positions,
        500,
        (ps, i) -> bind(ps, concerns.get(i), refs.get(i)));
    jdbc.batchUpdate(
        "insert into concern_indicator (concern_id, indicator) values (?, ?)", indicatorRows);
    audit.record(
        by,
        AuditAction.RAISE_CONCERN,
        null,
        new RecordRef("CONCERN_IMPORT", String.valueOf(concerns.size())),
        null,
        "bulk import of " + concerns.size() + " concerns");
  }

  private static void bind(PreparedStatement ps, HistoricConcern c, String reference)
      throws SQLException {
    ps.setObject(1, c.id());
    ps.setObject(2, c.partnershipId());
    ps.setString(3, reference);
    ps.setObject(4, c.childId());
    ps.setString(5, c.channel().name());
    ps.setObject(6, c.referrerUserId());
    ps.setObject(7, c.referrerAgencyId());
    ps.setString(8, c.referrerName());
    ps.setString(9, c.referrerContact());
    ps.setObject(10, c.recordedByUserId());
    ps.setString(11, c.whatHappened());
    ps.setObject(12, c.occurredOn());
    ps.setString(13, c.location());
    ps.setBoolean(14, c.immediateDanger());
    ps.setTimestamp(15, ts(c.submittedAt()));
    ps.setTimestamp(16, ts(c.confirmationDueAt()));
    ps.setTimestamp(17, ts(c.confirmedAt()));
    ps.setObject(18, c.confirmedByUserId());
    ps.setString(19, c.writtenAccount());
    ps.setString(20, (c.decision() == null ? ConcernStatus.NEW : ConcernStatus.DECIDED).name());
    ps.setString(21, c.decision() == null ? null : c.decision().name());
    ps.setString(22, c.decisionReasons());
    ps.setObject(23, c.decidedByUserId());
    ps.setTimestamp(24, ts(c.decidedAt()));
    ps.setString(25, c.sourceSystem());
    ps.setString(26, c.sourceId());
  }

  private static @Nullable Timestamp ts(@Nullable Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
