package org.lantern.access.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.Trigger;

/**
 * On the embedded H2 database, refuses any update or delete of the audit log, except a delete made
 * by the audit log's retention ({@link AuditErasureFunction}, while it runs in this session).
 */
public class AppendOnlyTrigger implements Trigger {

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    if (newRow == null && erasing(connection)) {
      return;
    }
    throw new SQLException("audit_event is append-only");
  }

  private static boolean erasing(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("select @" + AuditErasureFunction.ERASING)) {
      return rs.next() && "on".equals(rs.getString(1));
    }
  }
}
