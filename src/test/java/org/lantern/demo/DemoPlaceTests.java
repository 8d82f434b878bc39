package org.lantern.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lantern.access.BreakGlass;
import org.lantern.access.Directory;
import org.lantern.access.Relationships;
import org.lantern.notify.Inbox;
import org.lantern.people.Children;
import org.lantern.referral.ConcernImport;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The demo county, with its published passwords and API token, is made only on the embedded H2
 * database, and the production profile does not start with it switched on.
 */
class DemoPlaceTests {

  static final String EMBEDDED =
      "jdbc:h2:file:./data/db/lantern;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
  static final String POSTGRESQL = "jdbc:postgresql://db.internal:5432/lantern?password=secret";

  @ParameterizedTest(name = "{0}: embedded {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:h2:file:./data/db/lantern;MODE=PostgreSQL | true",
        "jdbc:h2:mem:lantern                          | true",
        "jdbc:h2:./data/db/lantern                    | true",
        "JDBC:H2:FILE:/var/lib/lantern/db             | true",
        "jdbc:h2:tcp://db.internal/lantern            | false",
        "jdbc:h2:ssl://db.internal/lantern            | false",
        "jdbc:postgresql://127.0.0.1:5432/lantern     | false",
        "jdbc:postgresql://h2.internal/jdbc:h2:mem:x  | false",
        "''                                           | false"
      })
  void onlyAnH2DatabaseInsideTheProcessCountsAsEmbedded(String url, boolean embedded) {
    assertThat(DemoPlace.embedded(url)).isEqualTo(embedded);
  }

  @Test
  void theLogShowsTheDatabaseButNotItsSettings() {
    assertThat(DemoPlace.forLog(POSTGRESQL))
        .isEqualTo("jdbc:postgresql://db.internal:5432/lantern");
    assertThat(DemoPlace.forLog(EMBEDDED)).isEqualTo("jdbc:h2:file:./data/db/lantern");
  }

  @Test
  void onAnotherDatabaseTheDemoCountyIsNotMadeNorAnnounced() throws SQLException {
    Directory directory = mock(Directory.class);
    DemoCounty county = county(directory, new MockEnvironment(), POSTGRESQL);

    county.afterSingletonsInstantiated();

    verifyNoInteractions(directory);
    assertThat(county.present()).isFalse();
  }

  @Test
  void onTheEmbeddedDatabaseAnExistingDemoCountyIsUsed() throws SQLException {
    Directory directory = mock(Directory.class);
    when(directory.hasAnyPartnership()).thenReturn(true);
    DemoCounty county = county(directory, new MockEnvironment(), EMBEDDED);

    county.afterSingletonsInstantiated();

    assertThat(county.present()).isTrue();
  }

  @Test
  void theProductionProfileWithTheDemoSwitchedOnDoesNotStart() {
    MockEnvironment production = new MockEnvironment();
    production.setActiveProfiles("production");

    assertThatThrownBy(() -> county(mock(Directory.class), production, EMBEDDED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("production profile")
        .hasMessageContaining("LANTERN_DEMO_ENABLED");
  }

  private static DemoCounty county(Directory directory, MockEnvironment environment, String url)
      throws SQLException {
    return new DemoCounty(
        new DemoSettings(true, 1, 10, "Lantern-demo-1"),
        directory,
        mock(Children.class),
        mock(ConcernImport.class),
        mock(Relationships.class),
        mock(Inbox.class),
        mock(BreakGlass.class),
        mock(PlatformTransactionManager.class),
        dataSource(url),
        environment,
        Clock.systemUTC(),
        List.of());
  }

  private static DataSource dataSource(String url) throws SQLException {
    DataSource dataSource = mock(DataSource.class);
    Connection connection = mock(Connection.class);
    DatabaseMetaData metaData = mock(DatabaseMetaData.class);
    when(dataSource.getConnection()).thenReturn(connection);
    when(connection.getMetaData()).thenReturn(metaData);
    when(metaData.getURL()).thenReturn(url);
    return dataSource;
  }
}
