package org.lantern.access.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * On the embedded H2 database, the function {@code audit_event_erase} (PostgreSQL's is PL/pgSQL in
 * {@code db/vendor/postgresql}): the one way a month of a partnership's audit log is erased. It
 * refuses a month whose retention has not passed, keeps the rows about a child whose record is
 * still held and the rows recording an erasure, and lets the append-only trigger pass its deletes
 * only while it runs.
 */
public final class AuditErasureFunction {

  /** The session variable the append-only trigger reads. */
  static final String ERASING = "lantern_audit_erasure";

  static final int DEFAULT_MONTHS = 72;

  private AuditErasureFunction() {}

  public static long erase(
      Connection connection, UUID partnership, OffsetDateTime from, OffsetDateTime before)
      throws SQLException {
    int months = DEFAULT_MONTHS;
    try (PreparedStatement rule =
        connection.prepareStatement(
            "select period_months from retention_rule where partnership_id = ?"
                + " and record_kind = 'AUDIT_LOG'")) {
      rule.setObject(1, partnership);
      try (ResultSet rs = rule.executeQuery()) {
        if (rs.next()) {
          months = rs.getInt(1);
        }
      }
    }
    if (before.isAfter(OffsetDateTime.now(ZoneOffset.UTC).minusMonths(months))) {
      throw new SQLException(
          "the audit log before " + before + " has not reached the end of its retention");
    }
    try (Statement s = connection.createStatement()) {
      s.execute("set @" + ERASING + " = 'on'");
    }
    try (PreparedStatement delete =
        connection.prepareStatement(
            "delete from audit_event a where a.partnership_id = ? and a.occurred_at >= ?"
                + " and a.occurred_at < ? and a.action <> 'RECORD_ERASED' and (a.child_id is null"
                + " or not exists (select 1 from child c where c.id = a.child_id))")) {
      delete.setObject(1, partnership);
      delete.setObject(2, from);
      delete.setObject(3, before);
      return delete.executeUpdate();
    } finally {
      try (Statement s = connection.createStatement()) {
        s.execute("set @" + ERASING + " = null");
      }
    }
  }
}
