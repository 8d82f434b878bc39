package org.lantern.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Creates the PostgreSQL test database on first use if it is missing, so that `./mvnw verify` only
 * needs a running PostgreSQL (.ci/run also starts one and recreates the database empty).
 *
 * <p>The suite runs in several JVMs at once (Surefire's forks, {@code lantern.test.forks}). Each
 * fork gets a database of its own, the configured one with the fork's number after it ({@code
 * lantern_test_1}, {@code lantern_test_2}): tests already keep to their own partnership, but the
 * scheduled jobs and Flyway's first migration would otherwise race across forks.
 */
public class PostgresTestDatabase
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** Set by Surefire to the fork's number; absent when a test runs in the IDE. */
  static final String FORK_PROPERTY = "lantern.test.fork";

  private static final AtomicBoolean DONE = new AtomicBoolean();

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    var environment = context.getEnvironment();
    String url = environment.getProperty("spring.datasource.url", "");
    if (!url.startsWith("jdbc:postgresql://")) {
      return;
    }
    String fork = System.getProperty(FORK_PROPERTY, "");
    if (fork.matches("[0-9]+")) {
      url = forkUrl(url, fork);
      environment
          .getPropertySources()
          .addFirst(
              new MapPropertySource("lantern-test-fork", Map.of("spring.datasource.url", url)));
    }
    if (!DONE.compareAndSet(false, true)) {
      return;
    }
    String withoutParams = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    int slash = withoutParams.lastIndexOf('/');
    String database = withoutParams.substring(slash + 1);
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      return;
    }
    String server = withoutParams.substring(0, slash) + "/postgres";
    String user = environment.getProperty("spring.datasource.username", "postgres");
    String password = environment.getProperty("spring.datasource.password", "");
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

  /** The database name with the fork's number after it, keeping any parameters. */
  static String forkUrl(String url, String fork) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String params = query < 0 ? "" : url.substring(query);
    return base + "_" + fork + params;
  }
}
