package org.lantern.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.testing.MigratedH2.update;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantern.testing.MigratedH2;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The audit log's one way to be erased on the embedded H2 database (the demo's), migrated as the
 * application migrates it: a month past its retention loses its rows but those about a child whose
 * record is held and those recording an erasure; a month not yet due is refused; any other delete
 * or update is refused by the append-only trigger, as before. And the listing of months ({@link
 * AuditErasure}, which the nightly job runs on the demo's database too) finds the month.
 */
class AuditErasureOnH2Tests {

  private static MigratedH2 db;
  private static final UUID PARTNERSHIP = UUID.randomUUID();
  private static final UUID HELD_CHILD = UUID.randomUUID();
  private static final OffsetDateTime MARCH_2018 = OffsetDateTime.parse("2018-03-15T10:00:00Z");

  @BeforeAll
  static void migrate() throws SQLException {
    db = MigratedH2.migrate("audit-erasure");
    try (Connection c = db.connection()) {
      MigratedH2.partnership(c, PARTNERSHIP, MARCH_2018);
      update(
          c,
          "insert into child (id, partnership_id, given_name, family_name, sex, created_at,"
              + " updated_at, version) values (?, ?, 'Keira', 'Holloway', 'FEMALE', ?, ?, 0)",
          HELD_CHILD,
          PARTNERSHIP,
          MARCH_2018,
          MARCH_2018);
      audit(c, null, "RETENTION_RULE_SET");
      audit(c, HELD_CHILD, "VIEW_CHILD_RECORD");
      audit(c, UUID.randomUUID(), "VIEW_CHILD_RECORD");
      audit(c, null, "RECORD_ERASED");
    }
  }

  @Test
  void aMonthPastItsRetentionKeepsOnlyTheRowsOfHeldRecordsAndOfErasures() throws SQLException {
    try (Connection c = db.connection()) {
      assertThatThrownBy(
              () -> update(c, "delete from audit_event where partnership_id = ?", PARTNERSHIP))
          .hasMessageContaining("append-only");

      try (PreparedStatement erase = c.prepareStatement("select audit_event_erase(?, ?, ?)")) {
        erase.setObject(1, PARTNERSHIP);
        erase.setObject(2, OffsetDateTime.parse("2018-03-01T00:00:00Z"));
        erase.setObject(3, OffsetDateTime.parse("2018-04-01T00:00:00Z"));
        try (ResultSet rs = erase.executeQuery()) {
          rs.next();
          assertThat(rs.getLong(1)).isEqualTo(2);
        }
      }

      assertThat(count(c, "child_id = '" + HELD_CHILD + "'")).isOne();
      assertThat(count(c, "action = 'RECORD_ERASED'")).isOne();
      assertThat(count(c, "true")).isEqualTo(2);
      assertThatThrownBy(
              () -> update(c, "delete from audit_event where partnership_id = ?", PARTNERSHIP))
          .as("the trigger lets deletes through only while the function runs")
          .hasMessageContaining("append-only");
      assertThatThrownBy(
              () ->
                  update(
                      c,
                      "update audit_event set purpose = 'x' where partnership_id = ?",
                      PARTNERSHIP))
          .hasMessageContaining("append-only");
    }
  }

  @Test
  void theListingFindsTheMonthWithRowsToErase() throws SQLException {
    UUID other = UUID.randomUUID();
    try (Connection c = db.connection()) {
      update(
          c,
          "insert into partnership (id, name, created_at) values (?, 'Other', ?)",
          other,
          MARCH_2018);
      update(
          c,
          "insert into audit_event (occurred_at, partnership_id, username, record_type, action,"
              + " outcome) values (?, ?, 'officer', 'TEST', 'RETENTION_RULE_SET', 'ALLOWED')",
          MARCH_2018,
          other);
    }
    AuditErasure erasure =
        new AuditErasure(JdbcClient.create(new DriverManagerDataSource(db.url(), "sa", "")));

    assertThat(erasure.erasableMonths(other, YearMonth.of(2018, 2))).isEmpty();
    assertThat(erasure.erasableMonths(other, YearMonth.of(2019, 1)))
        .containsExactly(YearMonth.of(2018, 3));
  }

  @Test
  void aMonthNotYetDueIsRefused() throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement erase = c.prepareStatement("select audit_event_erase(?, ?, ?)")) {
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      erase.setObject(1, PARTNERSHIP);
      erase.setObject(2, now.minusMonths(2));
      erase.setObject(3, now.minusMonths(1));
      assertThatThrownBy(erase::executeQuery)
          .hasMessageContaining("has not reached the end of its retention");
    }
  }

  @Test
  void rowsOfNoPartnershipGoOnceTheLongestOfThePartnershipsPeriodsHasPassed() throws SQLException {
    try (Connection c = db.connection()) {
      withNoPartnership(c, "2017-05-15T10:00:00Z");
      assertThat(erase(c, "2017-05")).as("every partnership keeps 72 months: due").isOne();
      assertThat(countWithNoPartnership(c)).isZero();

      UUID keepsLongest = UUID.randomUUID();
      update(
          c,
          "insert into partnership (id, name, created_at) values (?, 'Keeps longest', ?)",
          keepsLongest,
          MARCH_2018);
      update(
          c,
          "insert into retention_rule (id, partnership_id, record_kind, period_months, changed_at)"
              + " values (?, ?, 'AUDIT_LOG', 1200, ?)",
          UUID.randomUUID(),
          keepsLongest,
          MARCH_2018);
      withNoPartnership(c, "2017-07-15T10:00:00Z");
      assertThat(erase(c, "2017-07"))
          .as("another partnership keeps its log 100 years: not yet, though this one's is due")
          .isZero();
      assertThat(countWithNoPartnership(c)).isOne();
    }
  }

  /** Erases a month of the partnership's log (and what may go of no partnership's). */
  private static long erase(Connection c, String month) throws SQLException {
    YearMonth m = YearMonth.parse(month);
    try (PreparedStatement erase = c.prepareStatement("select audit_event_erase(?, ?, ?)")) {
      erase.setObject(1, PARTNERSHIP);
      erase.setObject(2, m.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
      erase.setObject(3, m.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
      try (ResultSet rs = erase.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** A single sign-on refused with no mapping: an audit row of no partnership. */
  private static void withNoPartnership(Connection c, String at) throws SQLException {
    update(
        c,
        "insert into audit_event (occurred_at, username, record_type, action, outcome, basis)"
            + " values (?, 'stranger', 'USER', 'SIGN_IN_FAILED', 'REFUSED',"
            + " 'NO_SINGLE_SIGN_ON_MAPPING')",
        OffsetDateTime.parse(at));
  }

  private static long countWithNoPartnership(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("select count(*) from audit_event where partnership_id is null")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void audit(Connection c, @Nullable UUID child, String action) throws SQLException {
    update(
        c,
        "insert into audit_event (occurred_at, partnership_id, username, child_id, record_type,"
            + " action, outcome) values (?, ?, 'officer', ?, 'TEST', ?, 'ALLOWED')",
        MARCH_2018,
        PARTNERSHIP,
        child,
        action);
  }

  private static long count(Connection c, String condition) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(*) from audit_event where partnership_id = '"
                    + PARTNERSHIP
                    + "' and "
                    + condition)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
