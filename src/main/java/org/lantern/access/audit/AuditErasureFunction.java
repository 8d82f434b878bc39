package org.lantern.access.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * On the embedded H2 database, the function {@code audit_event_erase} (PostgreSQL's is PL/pgSQL in
 * {@code db/vendor/postgresql}): the one way a month of a partnership's audit log is erased. It
 * refuses a month whose retention has not passed, keeps the rows about a child whose record is
 * still held and the rows recording an erasure, and lets the append-only trigger pass its deletes
 * only while it runs. The month's rows of no partnership go too once the longest of every
 * partnership's period has passed.
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
    int longest = longest(connection);
    try (Statement s = connection.createStatement()) {
      s.execute("set @" + ERASING + " = 'on'");
    }
    try {
      long erased = delete(connection, "a.partnership_id = ?", partnership, from, before);
      if (!before.isAfter(OffsetDateTime.now(ZoneOffset.UTC).minusMonths(longest))) {
        erased += delete(connection, "a.partnership_id is null", null, from, before);
      }
      return erased;
    } finally {
      try (Statement s = connection.createStatement()) {
        s.execute("set @" + ERASING + " = null");
      }
    }
  }

  /**
   * The longest of every partnership's audit log period (the default for one with no rule): how
   * long the rows of no partnership are kept, since they may be about any of them.
   */
  private static int longest(Connection connection) throws SQLException {
    try (PreparedStatement longest =
            connection.prepareStatement(
                "select max(coalesce(r.period_months, "
                    + DEFAULT_MONTHS
                    + ")) from partnership p left join retention_rule r"
                    + " on r.partnership_id = p.id and r.record_kind = 'AUDIT_LOG'");
        ResultSet rs = longest.executeQuery()) {
      int months = rs.next() ? rs.getInt(1) : 0;
      return months > 0 ? months : DEFAULT_MONTHS;
    }
  }

  private static long delete(
      Connection connection,
      String whose,
      @Nullable UUID partnership,
      OffsetDateTime from,
      OffsetDateTime before)
      throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement(
            "delete from audit_event a where "
                + whose
                + " and a.occurred_at >= ? and a.occurred_at < ? and a.action <> 'RECORD_ERASED'"
                + " and (a.child_id is null"
                + " or not exists (select 1 from child c where c.id = a.child_id))")) {
      int i = 1;
      if (partnership != null) {
        delete.setObject(i++, partnership);
      }
      delete.setObject(i++, from);
      delete.setObject(i, before);
      return delete.executeUpdate();
    }
  }
}
