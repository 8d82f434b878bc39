package org.lantern.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Creates the PostgreSQL test database on first use if it is missing, so that `./mvnw verify` only
 * needs a running PostgreSQL (.ci/run also starts one and recreates the database empty).
 */
public class PostgresTestDatabase
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static final AtomicBoolean DONE = new AtomicBoolean();

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String url = context.getEnvironment().getProperty("spring.datasource.url", "");
    if (!url.startsWith("jdbc:postgresql://") || !DONE.compareAndSet(false, true)) {
      return;
    }
    String withoutParams = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    int slash = withoutParams.lastIndexOf('/');
    String database = withoutParams.substring(slash + 1);
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      return;
    }
    String server = withoutParams.substring(0, slash) + "/postgres";
    String user = context.getEnvironment().getProperty("spring.datasource.username", "postgres");
    String password = context.getEnvironment().getProperty("spring.datasource.password", "");
    try (var connection = DriverManager.getConnection(server, user, password);
        var check = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      check.setString(1, database);
      if (!check.executeQuery().next()) {
        try (var create = connection.createStatement()) {
          create.execute("create database " + database);
        }
      }
    } catch (SQLException e) {
      // Left to the data source to report, with the URL, when the context starts.
    }
  }
}
