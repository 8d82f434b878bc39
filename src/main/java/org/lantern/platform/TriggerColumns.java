package org.lantern.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where an H2 trigger finds its table's columns in the rows it is handed: each named column's
 * position (from 0), read once when H2 sets the trigger up.
 */
public final class TriggerColumns {

  private TriggerColumns() {}

  /**
   * The positions of {@code names} in the table, in the same order; a missing column is refused, so
   * that a migration that renames one cannot leave what the trigger keeps (the level spans, a
   * presentation's carried decision) silently out of step.
   */
  public static int[] positions(Connection connection, String schema, String table, String... names)
      throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select lower(column_name) from information_schema.columns"
                + " where table_schema = ? and table_name = ? order by ordinal_position")) {
      query.setString(1, schema);
      query.setString(2, table);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1));
        }
      }
    }
    int[] at = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      at[i] = columns.indexOf(names[i].toLowerCase(Locale.ROOT));
      if (at[i] < 0) {
        throw new SQLException(table + " lacks the column " + names[i] + " this trigger follows");
      }
    }
    return at;
  }
}
