package org.lantern.platform.durability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whether a database keeps a commit once it has said yes to it, as far as its own settings tell:
 * what Lantern checks at start on the connection it will work with. Lantern answers a partner
 * system 201, shows a confirmation page or gives an import receipt only after the commit returned,
 * so each of those means "on disk" only when this finds nothing.
 */
final class CommitDurability {

  private CommitDurability() {}

  /**
   * What a database does not keep. Nothing means it keeps every commit; an unknown database is not
   * judged.
   */
  static List<String> problems(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgresql")) {
      return postgresql(connection);
    }
    if (product.equals("h2")) {
      return h2(connection);
    }
    return List.of();
  }

  /**
   * {@code SHOW} answers with what this session uses, wherever it was set: postgresql.conf, ALTER
   * SYSTEM, the database, the role, or the connection's options.
   */
  private static List<String> postgresql(Connection connection) throws SQLException {
    List<String> problems = new ArrayList<>();
    String user = value(connection, "select current_user");
    if ("off".equalsIgnoreCase(value(connection, "show synchronous_commit"))) {
      problems.add(
          "synchronous_commit is off for Lantern's connections: PostgreSQL then answers a commit"
              + " before it is on disk, and a crash loses what was acknowledged in the moments"
              + " before it. Turn it on where it was turned off (postgresql.conf, ALTER SYSTEM,"
              + " ALTER DATABASE or ALTER ROLE "
              + user
              + " SET synchronous_commit = on, or the connection's options).");
    }
    if ("off".equalsIgnoreCase(value(connection, "show fsync"))) {
      problems.add(
          "fsync is off on the PostgreSQL server: nothing is forced to disk, and a crash of the"
              + " machine can lose acknowledged work or corrupt the database. Turn it on in"
              + " postgresql.conf.");
    }
    return problems;
  }

  private static List<String> h2(Connection connection) throws SQLException {
    String path = value(connection, "select database_path()");
    if (path == null) {
      return List.of(
          "the database is H2 in memory: everything is lost when Lantern stops. Use a file"
              + " (jdbc:h2:file:"
              + SyncWriteFileSystem.SCHEME
              + ":...;WRITE_DELAY=0) or PostgreSQL.");
    }
    List<String> problems = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select setting_value from information_schema.settings"
                    + " where setting_name = 'WRITE_DELAY'")) {
      while (rows.next()) {
        if (!"0".equals(rows.getString(1))) {
          problems.add(
              "H2's WRITE_DELAY is "
                  + rows.getString(1)
                  + " ms: commits are answered before they are written, and a crash loses those"
                  + " of that last moment. Add ;WRITE_DELAY=0 to the JDBC URL.");
          break;
        }
      }
    }
    if (!path.startsWith(SyncWriteFileSystem.SCHEME + ":")) {
      problems.add(
          "H2 writes through the operating system's cache: a power cut or a crash of the machine"
              + " can lose the last commits. Name the database with the "
              + SyncWriteFileSystem.SCHEME
              + ": prefix (jdbc:h2:file:"
              + SyncWriteFileSystem.SCHEME
              + ":./data/db/lantern).");
    }
    return problems;
  }

  private static @Nullable String value(Connection connection, String query) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(query)) {
      return row.next() ? row.getString(1) : null;
    }
  }
}
