package org.lantern.platform.durability;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * At start, before the web server opens: does the database keep what Lantern acknowledges? If not,
 * a real deployment (the production profile) does not start, so that no partner system is ever told
 * 201 for a concern a crash could lose; anywhere else it is logged as an error and Lantern starts.
 */
@Component
class DurableCommitsCheck implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(DurableCommitsCheck.class);
  private static final String PRODUCTION_PROFILE = "production";

  private final DataSource dataSource;
  private final Environment environment;

  DurableCommitsCheck(DataSource dataSource, Environment environment) {
    this.dataSource = dataSource;
    this.environment = environment;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<String> problems;
    try (Connection connection = dataSource.getConnection()) {
      problems = CommitDurability.problems(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not ask the database how it keeps commits", e);
    }
    if (problems.isEmpty()) {
      return;
    }
    String message =
        "The database may lose work Lantern has acknowledged: " + String.join(" Also, ", problems);
    if (environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
      throw new IllegalStateException(
          message + " Lantern does not start with the production profile until this is fixed.");
    }
    log.error(message);
  }
}
