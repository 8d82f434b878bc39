package org.lantern.access.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** On the embedded H2 database, refuses any update or delete of the audit log. */
public class AppendOnlyTrigger implements Trigger {

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("audit_event is append-only");
  }
}
