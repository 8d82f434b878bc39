package org.lantern.risk.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import org.h2.api.Trigger;
import org.lantern.platform.TriggerColumns;

/**
 * On the embedded H2 database, keeps a child's district, sex and date of birth on their level spans
 * ({@code risk_level_span}) in step with the child's record, in the transaction that changes it, as
 * the PostgreSQL trigger does (db/vendor).
 */
public class LevelSpanChildColumns implements Trigger {

  private int id = -1;
  private int district = -1;
  private int sex = -1;
  private int born = -1;

  @Override
  public void init(
      Connection connection, String schema, String trigger, String table, boolean before, int type)
      throws SQLException {
    int[] at =
        TriggerColumns.positions(
            connection, schema, table, "id", "district_id", "sex", "date_of_birth");
    id = at[0];
    district = at[1];
    sex = at[2];
    born = at[3];
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    if (oldRow == null
        || newRow == null
        || Objects.equals(oldRow[district], newRow[district])
            && Objects.equals(oldRow[sex], newRow[sex])
            && Objects.equals(oldRow[born], newRow[born])) {
      return;
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "update risk_level_span set district_id = ?, sex = ?, date_of_birth = ?"
                + " where child_id = ?")) {
      update.setObject(1, newRow[district]);
      update.setObject(2, newRow[sex]);
      update.setObject(3, newRow[born]);
      update.setObject(4, newRow[id]);
      update.executeUpdate();
    }
  }
}
