package org.lantern.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.lantern.people.ChildSummary;
import org.lantern.people.Sex;
import org.lantern.testing.TestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every module's facts statement, as {@link Facts} puts the real sources' selects together, run on
 * the embedded H2 database (the demo's default), migrated as the application migrates it: the
 * statement is PostgreSQL's and H2's alike, or the child's flags would fail on the zero-set-up
 * install.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestSupport.class)
class FactsOnH2Tests {

  private static final String URL =
      "jdbc:h2:mem:flag-facts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  @Autowired List<FlagFactSource> sources;

  @Test
  void everyModulesFactsAreOneStatementThatH2RunsToo() {
    SingleConnectionDataSource db = new SingleConnectionDataSource(URL, "sa", "", true);
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .load()
        .migrate();
    JdbcTemplate h2 = new JdbcTemplate(db);
    UUID child = UUID.randomUUID();
    LocalDate started = LocalDate.of(2026, 3, 2);
    // the plan's other references (partnership, child, worker) are beside the point here
    h2.execute("set referential_integrity false");
    h2.update(
        "insert into child_protection_plan (id, partnership_id, child_id, category, started_on,"
            + " lead_social_worker_user_id, last_conference_on, next_review_on, version)"
            + " values (?, ?, ?, 'NEGLECT', ?, ?, ?, ?, 0)",
        UUID.randomUUID(),
        UUID.randomUUID(),
        child,
        started,
        UUID.randomUUID(),
        started,
        started.plusMonths(3));
    FlagSubject subject =
        new FlagSubject(
            new ChildSummary(
                child,
                UUID.randomUUID(),
                "Ada",
                null,
                "Facts",
                null,
                Sex.FEMALE,
                null,
                null,
                null,
                null,
                null),
            started.plusDays(10),
            null);

    List<FlagFact> facts = Facts.of(sources).about(subject, h2);

    assertThat(facts)
        .containsExactly(
            new FlagFact(FlagFact.Kind.CHILD_PROTECTION_PLAN, "NEGLECT", started, null));
    db.destroy();
  }
}
