package org.lantern.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lantern.testing.MigratedH2;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The level spans built on the embedded H2 database (the demo's, which imports its screenings): the
 * statement that builds them, with the spans' neighbours, runs there as on PostgreSQL.
 */
class LevelSpansOnH2Tests {

  private static final UUID PARTNERSHIP = UUID.randomUUID();
  private static final UUID CHILD = UUID.randomUUID();
  private static final OffsetDateTime FEBRUARY = OffsetDateTime.parse("2026-02-01T09:00:00Z");

  @Test
  void aChildsSpansCarryTheirNeighbours() {
    MigratedH2 db = MigratedH2.migrate("level-spans");
    SingleConnectionDataSource one = new SingleConnectionDataSource(db.url(), "sa", "", true);
    JdbcTemplate jdbc = new JdbcTemplate(one);
    screened(jdbc, new String[] {"LOW", "MEDIUM", "NONE", "HIGH"});

    new LevelSpans(jdbc).rebuildPartnership(PARTNERSHIP);

    // low from 1 February to 1 April, medium to 1 May, then none until high on 1 June
    List<String> spans =
        jdbc.query(
            "select risk_level, from_at, to_at, previous_to_at, next_from_at"
                + " from risk_level_span where child_id = ? order by from_at",
            (rs, i) ->
                String.join(
                    " ",
                    rs.getString(1),
                    day(rs.getObject(2, OffsetDateTime.class)),
                    day(rs.getObject(3, OffsetDateTime.class)),
                    day(rs.getObject(4, OffsetDateTime.class)),
                    day(rs.getObject(5, OffsetDateTime.class))),
            CHILD);
    assertThat(spans)
        .containsExactly(
            "LOW 2026-02-01 2026-04-01 - 2026-04-01",
            "MEDIUM 2026-04-01 2026-05-01 2026-04-01 2026-06-01",
            "HIGH 2026-06-01 - 2026-05-01 -");
    one.destroy();
  }

  @Test
  void aChildsSpansCarryWhenTheirLatestEarlierHighAndMediumSpansEnded() {
    MigratedH2 db = MigratedH2.migrate("level-spans-earlier");
    SingleConnectionDataSource one = new SingleConnectionDataSource(db.url(), "sa", "", true);
    JdbcTemplate jdbc = new JdbcTemplate(one);
    screened(jdbc, new String[] {"HIGH", "LOW", "MEDIUM", "LOW"});

    new LevelSpans(jdbc).rebuildPartnership(PARTNERSHIP);

    // high from 1 February to 1 April, low to 1 May, medium to 1 June, then low: each span after
    // the high one carries its end; the last low one carries the medium one's end too
    List<String> spans =
        jdbc.query(
            "select risk_level, from_at, previous_high_to_at, previous_medium_to_at"
                + " from risk_level_span where child_id = ? order by from_at",
            (rs, i) ->
                String.join(
                    " ",
                    rs.getString(1),
                    day(rs.getObject(2, OffsetDateTime.class)),
                    day(rs.getObject(3, OffsetDateTime.class)),
                    day(rs.getObject(4, OffsetDateTime.class))),
            CHILD);
    assertThat(spans)
        .containsExactly(
            "HIGH 2026-02-01 - -",
            "LOW 2026-04-01 2026-04-01 2026-04-01",
            "MEDIUM 2026-05-01 2026-04-01 2026-04-01",
            "LOW 2026-06-01 2026-04-01 2026-06-01");
    one.destroy();
  }

  /** The child screened on 1 February, 1 April, 1 May and 1 June 2026 at the levels given. */
  private static void screened(JdbcTemplate jdbc, String[] levels) {
    jdbc.update(
        "insert into partnership (id, name, created_at) values (?, 'Test', ?)",
        PARTNERSHIP,
        FEBRUARY);
    jdbc.update(
        "insert into child (id, partnership_id, given_name, family_name, sex, date_of_birth,"
            + " created_at, updated_at, version) values (?, ?, 'Keira', 'Holloway', 'FEMALE',"
            + " date '2011-04-02', ?, ?, 0)",
        CHILD,
        PARTNERSHIP,
        FEBRUARY,
        FEBRUARY);
    // the screenings' tool version and author are not what the spans are made from
    jdbc.execute("set referential_integrity false");
    int[] days = {0, 59, 89, 120};
    for (int i = 0; i < levels.length; i++) {
      OffsetDateTime at = FEBRUARY.plusDays(days[i]);
      jdbc.update(
          "insert into screening (id, partnership_id, child_id, tool_version_id, status,"
              + " author_user_id, started_at, updated_at, submitted_at, risk_level, version)"
              + " values (?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, 0)",
          UUID.randomUUID(),
          PARTNERSHIP,
          CHILD,
          UUID.randomUUID(),
          UUID.randomUUID(),
          at,
          at,
          at,
          levels[i]);
    }
    jdbc.execute("set referential_integrity true");
  }

  private static String day(OffsetDateTime t) {
    return t == null ? "-" : t.toLocalDate().toString();
  }
}
