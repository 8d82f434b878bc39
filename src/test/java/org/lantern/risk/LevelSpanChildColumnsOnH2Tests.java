package org.lantern.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.testing.MigratedH2.update;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantern.testing.MigratedH2;

/**
 * On the embedded H2 database (the demo's), migrated as the application migrates it, a child's
 * level spans follow a change of the child's district, sex or date of birth, as on PostgreSQL.
 */
class LevelSpanChildColumnsOnH2Tests {

  private static MigratedH2 db;
  private static final UUID PARTNERSHIP = UUID.randomUUID();
  private static final UUID NORTH = UUID.randomUUID();
  private static final UUID SOUTH = UUID.randomUUID();
  private static final UUID CHILD = UUID.randomUUID();
  private static final OffsetDateTime MARCH_2026 = OffsetDateTime.parse("2026-03-15T10:00:00Z");

  @BeforeAll
  static void migrate() throws SQLException {
    db = MigratedH2.migrate("level-span-columns");
    try (Connection c = db.connection()) {
      MigratedH2.partnership(c, PARTNERSHIP, MARCH_2026);
      update(
          c,
          "insert into local_authority (id, partnership_id, name) values (?, ?, 'Council')",
          PARTNERSHIP,
          PARTNERSHIP);
      for (UUID d : new UUID[] {NORTH, SOUTH}) {
        update(
            c,
            "insert into district (id, partnership_id, name, local_authority_id)"
                + " values (?, ?, ?, ?)",
            d,
            PARTNERSHIP,
            d.toString(),
            PARTNERSHIP);
      }
      update(
          c,
          "insert into child (id, partnership_id, given_name, family_name, sex, date_of_birth,"
              + " district_id, created_at, updated_at, version)"
              + " values (?, ?, 'Keira', 'Holloway', 'FEMALE', ?, ?, ?, ?, 0)",
          CHILD,
          PARTNERSHIP,
          LocalDate.of(2011, 4, 2),
          NORTH,
          MARCH_2026,
          MARCH_2026);
      for (int i = 0; i < 2; i++) {
        update(
            c,
            "insert into risk_level_span (child_id, partnership_id, risk_level, from_at, first_at,"
                + " district_id, sex, date_of_birth) values (?, ?, 'HIGH', ?, ?, ?, 'FEMALE', ?)",
            CHILD,
            PARTNERSHIP,
            MARCH_2026.plusDays(i),
            MARCH_2026,
            NORTH,
            LocalDate.of(2011, 4, 2));
      }
    }
  }

  @Test
  void theSpansFollowTheChildsDistrictSexAndDateOfBirth() throws SQLException {
    try (Connection c = db.connection()) {
      update(
          c,
          "update child set district_id = ?, sex = 'MALE', date_of_birth = ? where id = ?",
          SOUTH,
          LocalDate.of(2011, 4, 3),
          CHILD);
      try (PreparedStatement q =
          c.prepareStatement(
              "select district_id, sex, date_of_birth from risk_level_span where child_id = ?")) {
        q.setObject(1, CHILD);
        try (ResultSet rs = q.executeQuery()) {
          int rows = 0;
          while (rs.next()) {
            assertThat(rs.getObject(1, UUID.class)).isEqualTo(SOUTH);
            assertThat(rs.getString(2)).isEqualTo("MALE");
            assertThat(rs.getObject(3, LocalDate.class)).isEqualTo(LocalDate.of(2011, 4, 3));
            rows++;
          }
          assertThat(rows).isEqualTo(2);
        }
      }
    }
  }
}
