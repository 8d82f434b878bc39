package org.lantern.risk.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import org.h2.api.Trigger;
import org.lantern.platform.TriggerColumns;

/**
 * On the embedded H2 database, keeps a child's placement history in brief on their level spans
 * ({@code risk_level_span}: the latest placement, and when the others had all ended) in step with
 * {@code child_placement}, in the statement that changes it, as the PostgreSQL trigger does
 * (db/vendor).
 */
public class LevelSpanPlacementColumns implements Trigger {

  private static final String LATEST =
      "(select p.COLUMN from child_placement p where p.child_id = risk_level_span.child_id"
          + " order by p.started_on desc, p.id desc fetch first 1 row only)";

  private static final String UPDATE =
      "update risk_level_span set placement_from = "
          + LATEST.replace("COLUMN", "started_on")
          + ", placement_to = "
          + LATEST.replace("COLUMN", "ended_on")
          + ", placement_type = "
          + LATEST.replace("COLUMN", "placement_type")
          + ", placement_responsibility = "
          + LATEST.replace("COLUMN", "responsibility")
          + ", other_placements_to = (select max(coalesce(o.ended_on, date '9999-12-31'))"
          + " from child_placement o where o.child_id = risk_level_span.child_id and o.id <> "
          + LATEST.replace("COLUMN", "id")
          + ") where child_id = ?";

  private int child = -1;

  @Override
  public void init(
      Connection connection, String schema, String trigger, String table, boolean before, int type)
      throws SQLException {
    child = TriggerColumns.positions(connection, schema, table, "child_id")[0];
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    if (newRow != null) {
      update(connection, newRow[child]);
    }
    if (oldRow != null && (newRow == null || !Objects.equals(oldRow[child], newRow[child]))) {
      update(connection, oldRow[child]);
    }
  }

  private static void update(Connection connection, Object childId) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
      update.setObject(1, childId);
      update.executeUpdate();
    }
  }
}
