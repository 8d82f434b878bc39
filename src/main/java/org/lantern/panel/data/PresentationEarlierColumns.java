package org.lantern.panel.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.h2.api.Trigger;
import org.lantern.platform.TriggerColumns;

/**
 * On the embedded H2 database, keeps each presentation's {@code earlier_decision} and {@code
 * earlier_approved_at} (the decision at the child's presentation before it in approved minutes, and
 * when those were approved) in step, in the statement that changes what they are taken from, as the
 * PostgreSQL triggers do (db/vendor): on {@code panel_presentation} when a presentation is
 * recorded, removed, or its decision, meeting or child changes; on {@code panel_meeting} when a
 * meeting's status, approval time or date changes. The child's presentations are worked out again
 * from scratch.
 */
public class PresentationEarlierColumns implements Trigger {

  private static final String EARLIER =
      "(select COLUMN from panel_presentation p2 join panel_meeting m2 on m2.id = p2.meeting_id"
          + " join panel_meeting pm on pm.id = panel_presentation.meeting_id"
          + " where p2.child_id = panel_presentation.child_id and m2.status = 'MINUTES_APPROVED'"
          + " and m2.approved_at is not null and (m2.meeting_on < pm.meeting_on"
          + " or (m2.meeting_on = pm.meeting_on and p2.id < panel_presentation.id))"
          + " order by m2.meeting_on desc, p2.id desc fetch first 1 row only)";

  private static final String UPDATE =
      "update panel_presentation set earlier_decision = "
          + EARLIER.replace("COLUMN", "p2.decision")
          + ", earlier_approved_at = "
          + EARLIER.replace("COLUMN", "m2.approved_at")
          + " where child_id = ?";

  private boolean meeting;
  private int id = -1;
  private int child = -1;
  private int[] watched = new int[0];

  @Override
  public void init(
      Connection connection, String schema, String trigger, String table, boolean before, int type)
      throws SQLException {
    meeting = table.equalsIgnoreCase("panel_meeting");
    if (meeting) {
      int[] at =
          TriggerColumns.positions(
              connection, schema, table, "id", "status", "approved_at", "meeting_on");
      id = at[0];
      watched = new int[] {at[1], at[2], at[3]};
    } else {
      int[] at =
          TriggerColumns.positions(connection, schema, table, "child_id", "decision", "meeting_id");
      child = at[0];
      watched = new int[] {at[0], at[1], at[2]};
    }
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    if (oldRow != null && newRow != null && !changed(oldRow, newRow)) {
      return;
    }
    Set<Object> children = new LinkedHashSet<>();
    if (meeting) {
      if (oldRow == null || newRow == null) {
        return; // a meeting is recorded before its presentations and removed after them
      }
      try (PreparedStatement presented =
          connection.prepareStatement(
              "select distinct child_id from panel_presentation where meeting_id = ?")) {
        presented.setObject(1, newRow[id]);
        try (ResultSet rs = presented.executeQuery()) {
          while (rs.next()) {
            children.add(rs.getObject(1));
          }
        }
      }
    } else {
      if (newRow != null) {
        children.add(newRow[child]);
      }
      if (oldRow != null) {
        children.add(oldRow[child]);
      }
    }
    try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
      for (Object c : children) {
        update.setObject(1, c);
        update.executeUpdate();
      }
    }
  }

  private boolean changed(Object[] oldRow, Object[] newRow) {
    for (int at : watched) {
      if (!Objects.equals(oldRow[at], newRow[at])) {
        return true;
      }
    }
    return false;
  }
}
