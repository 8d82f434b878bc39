package org.lantern.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.lantern.people.PlacementType;
import org.lantern.people.Responsibility;
import org.lantern.people.Sex;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The children section's query on the embedded H2 database (the demo's), migrated as the
 * application migrates it: a child with a high span in the period, counted by the district, sex and
 * date of birth on the span and the placement on the period's last day; and a child with two spans
 * in the period, counted once at the higher level.
 */
class ChildrenSectionOnH2Tests {

  private static final String URL =
      "jdbc:h2:mem:children-section;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  @Test
  void aChildAtRiskIsCountedFromTheSpansAndThePlacementOnTheLastDay() {
    // one connection throughout: with a new connection for each statement H2 refused the
    // placement's check constraint ("the database has been closed" beneath it)
    SingleConnectionDataSource db = new SingleConnectionDataSource(URL, "sa", "", true);
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .load()
        .migrate();
    JdbcTemplate jdbc = new JdbcTemplate(db);
    UUID partnership = UUID.randomUUID();
    UUID child = UUID.randomUUID();
    OffsetDateTime march = OffsetDateTime.parse("2026-03-15T10:00:00Z");
    jdbc.update(
        "insert into partnership (id, name, created_at) values (?, 'Test', ?)", partnership, march);
    jdbc.update(
        "insert into child (id, partnership_id, given_name, family_name, sex, date_of_birth,"
            + " created_at, updated_at, version) values (?, ?, 'Keira', 'Holloway', 'FEMALE', ?,"
            + " ?, ?, 0)",
        child,
        partnership,
        LocalDate.of(2012, 8, 1),
        march,
        march);
    jdbc.update(
        "insert into risk_level_span (child_id, partnership_id, risk_level, from_at, first_at,"
            + " sex, date_of_birth) values (?, ?, 'HIGH', ?, ?, 'FEMALE', ?)",
        child,
        partnership,
        march,
        march,
        LocalDate.of(2012, 8, 1));
    jdbc.update(
        "insert into child_placement (id, child_id, placement_type, responsibility,"
            + " authority_name, started_on, recorded_at)"
            + " values (?, ?, ?, ?, 'Another', ?, ?)",
        UUID.randomUUID(),
        child,
        PlacementType.FOSTER_CARE.name(),
        Responsibility.PLACED_HERE_BY_ANOTHER_AUTHORITY.name(),
        Date.valueOf(LocalDate.of(2026, 4, 1)),
        Timestamp.from(march.toInstant()));

    // a boy with two spans in the period, low then high (each with its neighbour), no placement:
    // counted once, at high, from the spans grouped by child
    UUID boy = UUID.randomUUID();
    OffsetDateTime june = OffsetDateTime.parse("2026-06-01T09:00:00Z");
    jdbc.update(
        "insert into child (id, partnership_id, given_name, family_name, sex, date_of_birth,"
            + " created_at, updated_at, version) values (?, ?, 'Ryan', 'Holloway', 'MALE', ?,"
            + " ?, ?, 0)",
        boy,
        partnership,
        LocalDate.of(2012, 8, 1),
        march,
        march);
    jdbc.update(
        "insert into risk_level_span (child_id, partnership_id, risk_level, from_at, to_at,"
            + " first_at, next_from_at, sex, date_of_birth)"
            + " values (?, ?, 'LOW', ?, ?, ?, ?, 'MALE', ?)",
        boy,
        partnership,
        march,
        june,
        march,
        june,
        LocalDate.of(2012, 8, 1));
    jdbc.update(
        "insert into risk_level_span (child_id, partnership_id, risk_level, from_at, first_at,"
            + " previous_to_at, sex, date_of_birth) values (?, ?, 'HIGH', ?, ?, ?, 'MALE', ?)",
        boy,
        partnership,
        june,
        march,
        june,
        LocalDate.of(2012, 8, 1));

    ReportPeriod period = new ReportPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 10, 31));
    assertThat(
            new ChildrenSection(jdbc)
                .groups(
                    new ReportSection.Scope(
                        partnership, period, Instant.parse("2026-11-15T12:00:00Z"))))
        .containsExactlyInAnyOrder(
            new ChildrenSection.Group(
                ReportSection.NO_DISTRICT, 3, Sex.MALE, 14, null, null, false, 1),
            new ChildrenSection.Group(
                ReportSection.NO_DISTRICT,
                3,
                Sex.FEMALE,
                14,
                PlacementType.FOSTER_CARE,
                Responsibility.PLACED_HERE_BY_ANOTHER_AUTHORITY,
                false,
                1));
  }
}
