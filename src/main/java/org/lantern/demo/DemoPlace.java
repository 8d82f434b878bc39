package org.lantern.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Where the demo county may be made. Its accounts' password and its API token are published, so it
 * is made only on the embedded H2 database of the zero-set-up default, never on a database server,
 * and the production profile refuses to start with it switched on.
 */
final class DemoPlace {

  static final String PRODUCTION_PROFILE = "production";

  private DemoPlace() {}

  /** Throws when the production profile is active: a real deployment never carries the demo. */
  static void refuseInProduction(Environment environment) {
    if (environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
      throw new IllegalStateException(
          "lantern.demo.enabled is true with the production profile. The demo county's accounts"
              + " and API client have published passwords and must never be on a real database."
              + " Remove LANTERN_DEMO_ENABLED (or set it to false) and start again.");
    }
  }

  /** Whether the JDBC URL names an H2 database inside this process (a file or memory). */
  static boolean embedded(String jdbcUrl) {
    String url = jdbcUrl.toLowerCase(Locale.ROOT);
    return url.startsWith("jdbc:h2:")
        && !url.startsWith("jdbc:h2:tcp:")
        && !url.startsWith("jdbc:h2:ssl:");
  }

  /** The data source's JDBC URL, as its driver reports it; empty when it cannot be asked. */
  static String url(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String url = connection.getMetaData().getURL();
      return url == null ? "" : url;
    } catch (SQLException e) {
      return "";
    }
  }

  /** The URL without its settings, which may hold credentials: for the log. */
  static String forLog(String jdbcUrl) {
    int end = jdbcUrl.length();
    for (char c : new char[] {'?', ';'}) {
      int at = jdbcUrl.indexOf(c);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return jdbcUrl.substring(0, end);
  }
}
