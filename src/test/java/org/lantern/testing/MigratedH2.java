package org.lantern.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * An embedded H2 database in memory, with the demo's settings, migrated as the application migrates
 * it (the portable migrations and H2's own): for tests of what must hold on the zero-set-up default
 * as it holds on PostgreSQL. Each name is its own database, kept for the test class's life.
 */
public final class MigratedH2 {

  private final String url;

  private MigratedH2(String url) {
    this.url = url;
  }

  /** The database {@code name}, migrated. */
  public static MigratedH2 migrate(String name) {
    MigratedH2 db =
        new MigratedH2(
            "jdbc:h2:mem:"
                + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1");
    Flyway.configure()
        .dataSource(db.url, "sa", "")
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .load()
        .migrate();
    return db;
  }

  public String url() {
    return url;
  }

  public Connection connection() throws SQLException {
    return DriverManager.getConnection(url, "sa", "");
  }

  /** One statement with its parameters in order. */
  public static void update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      s.executeUpdate();
    }
  }

  /** A partnership named "Test", created at {@code at}. */
  public static void partnership(Connection c, UUID id, OffsetDateTime at) throws SQLException {
    update(c, "insert into partnership (id, name, created_at) values (?, 'Test', ?)", id, at);
  }
}
