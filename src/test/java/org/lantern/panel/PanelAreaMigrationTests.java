package org.lantern.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The panel-area migration replayed on data made before it, on both databases Lantern runs on: a
 * new database (PostgreSQL: one made on the test server and dropped after; H2: in memory, in
 * PostgreSQL mode) migrated by Flyway up to the migration before, given a one-district panel with a
 * meeting and a child presented, then migrated on: the panel becomes an area of its one district,
 * named after it, and the presentation is counted in that district.
 */
class PanelAreaMigrationTests {

  static final String BEFORE = "20261207170000";
  static final String AREAS = "20261208100000";

  @Test
  void onPostgreSqlAOneDistrictPanelBecomesAOneDistrictArea() {
    String url =
        System.getProperty("lantern.test.db.url", "jdbc:postgresql://127.0.0.1:5432/lantern_test");
    String user = System.getProperty("lantern.test.db.username", "postgres");
    String name = "lantern_replay_" + UUID.randomUUID().toString().replace("-", "");
    JdbcTemplate server = new JdbcTemplate(new DriverManagerDataSource(url, user, ""));
    server.execute("create database " + name);
    try {
      replay(
          new DriverManagerDataSource(
              url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"), user, ""),
          "postgresql");
    } finally {
      server.execute("drop database if exists " + name + " with (force)");
    }
  }

  @Test
  void onH2AOneDistrictPanelBecomesAOneDistrictArea() {
    replay(
        new DriverManagerDataSource(
            "jdbc:h2:mem:panel-area-"
                + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1",
            "sa",
            ""),
        "h2");
  }

  private static void replay(DataSource db, String vendor) {
    migrateTo(db, BEFORE, vendor);
    Rows rows = new Rows(new JdbcTemplate(db));

    UUID partnership = rows.insert("partnership", Map.of("name", "Replay partnership"));
    UUID authority =
        rows.insert(
            "local_authority", Map.of("partnership_id", partnership, "name", "Replay council"));
    UUID district =
        rows.insert(
            "district",
            Map.of(
                "partnership_id",
                partnership,
                "local_authority_id",
                authority,
                "name",
                "Tamsford"));
    UUID other =
        rows.insert(
            "district",
            Map.of(
                "partnership_id",
                partnership,
                "local_authority_id",
                authority,
                "name",
                "Wrenbridge"));
    UUID agency =
        rows.insert(
            "agency",
            Map.of("partnership_id", partnership, "name", "Replay council", "kind", "COUNCIL"));
    UUID user =
        rows.insert(
            "user_account",
            Map.of("agency_id", agency, "username", "replay", "role", "EXPLOITATION_COORDINATOR"));
    UUID child =
        rows.insert(
            "child",
            Map.of(
                "partnership_id",
                partnership,
                "district_id",
                district,
                "sex",
                "FEMALE",
                "date_of_birth",
                Date.valueOf(LocalDate.of(2011, 5, 1))));
    UUID panel =
        rows.insert(
            "panel",
            Map.of("partnership_id", partnership, "district_id", district, "interval_months", 2));
    UUID meeting =
        rows.insert(
            "panel_meeting",
            Map.of(
                "panel_id",
                panel,
                "partnership_id",
                partnership,
                "district_id",
                district,
                "meeting_on",
                Date.valueOf(LocalDate.of(2026, 11, 10)),
                "status",
                "MINUTES_APPROVED"));
    UUID presentation =
        rows.insert(
            "panel_presentation",
            Map.of(
                "meeting_id",
                meeting,
                "child_id",
                child,
                "level",
                "HIGH",
                "decision",
                "CONTINUE",
                "recorded_by_user_id",
                user));

    migrateTo(db, AREAS, vendor);

    JdbcTemplate after = new JdbcTemplate(db);
    assertThat(after.queryForObject("select name from panel where id = ?", String.class, panel))
        .isEqualTo("Tamsford");
    assertThat(
            after.queryForList(
                "select district_id from panel_district where panel_id = ?", UUID.class, panel))
        .containsExactly(district)
        .doesNotContain(other);
    assertThat(
            after.queryForObject(
                "select district_id from panel_presentation where id = ?",
                UUID.class,
                presentation))
        .isEqualTo(district);
    assertThat(
            after.queryForObject(
                "select count(*) from panel_annual_review where panel_id = ?", Long.class, panel))
        .isZero();
  }

  private static void migrateTo(DataSource db, String version, String vendor) {
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
        .target(version)
        .load()
        .migrate();
  }

  /**
   * Inserts rows as the schema stood then: the columns given, and any other column that needs a
   * value (not null, no default) filled with a plain one of its type. An id column is made here.
   */
  record Rows(JdbcTemplate jdbc) {

    UUID insert(String table, Map<String, Object> given) {
      UUID id = UUID.randomUUID();
      Map<String, Object> values = new LinkedHashMap<>(given);
      values.putIfAbsent("id", id);
      for (Map<String, Object> column :
          jdbc.queryForList(
              "select column_name, data_type from information_schema.columns"
                  + " where table_schema = current_schema"
                  + " and table_name = ? and is_nullable = 'NO' and column_default is null"
                  + " and is_identity = 'NO'",
              table)) {
        String name = ((String) column.get("column_name")).toLowerCase(Locale.ROOT);
        if (!values.containsKey(name)) {
          values.put(name, plain(table, name, (String) column.get("data_type")));
        }
      }
      List<String> names = new ArrayList<>(values.keySet());
      jdbc.update(
          "insert into "
              + table
              + " ("
              + String.join(", ", names)
              + ") values ("
              + String.join(", ", names.stream().map(n -> "?").toList())
              + ")",
          values.values().toArray());
      return (UUID) values.get("id");
    }

    private static Object plain(String table, String column, String type) {
      return switch (type.toUpperCase(Locale.ROOT)) {
        case "CHARACTER VARYING", "CHARACTER", "CHARACTER LARGE OBJECT" ->
            column.substring(0, Math.min(column.length(), 8));
        case "INTEGER", "BIGINT", "SMALLINT" -> 0;
        case "BOOLEAN" -> false;
        case "DATE" -> Date.valueOf(LocalDate.of(2026, 1, 5));
        case "TIMESTAMP WITH TIME ZONE", "TIMESTAMP" ->
            Timestamp.from(Instant.parse("2026-01-05T10:00:00Z"));
        default ->
            throw new IllegalStateException(
                table + "." + column + " (" + type + ") needs a value from the test");
      };
    }
  }
}
