package org.lantern.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lantern.testing.MigratedH2;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The panel section on the embedded H2 database (the demo's, which imports its panel rounds): each
 * presentation's carried decision before it follows the presentations and meetings (H2's Java
 * triggers) when minutes are approved out of date order, amended, re-dated and removed, and the
 * section's figures are those of the look-up statements for every data date.
 *
 * <pre>
 * M1 2026-01-12  A close                 approved 2026-03-20 (after M2)
 * M2 2026-03-09  A continue, B continue  approved 2026-03-10
 * </pre>
 */
class PanelSectionOnH2Tests {

  private static final UUID PARTNERSHIP = UUID.randomUUID();
  private static final UUID DISTRICT = UUID.randomUUID();
  private static final UUID PANEL = UUID.randomUUID();
  private static final OffsetDateTime JANUARY = OffsetDateTime.parse("2026-01-01T09:00:00Z");
  private static final ReportPeriod MARCH =
      new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
  private static final Instant MID_MARCH = Instant.parse("2026-03-15T12:00:00Z");
  private static final Instant APRIL = Instant.parse("2026-04-01T12:00:00Z");

  private JdbcTemplate jdbc;

  @Test
  void theCarriedDecisionFollowsApprovalsAmendmentsAndRemovals() {
    MigratedH2 db = MigratedH2.migrate("panel-section");
    jdbc = new JdbcTemplate(new SingleConnectionDataSource(db.url(), "sa", "", true));
    jdbc.update(
        "insert into partnership (id, name, created_at) values (?, 'Test', ?)",
        PARTNERSHIP,
        JANUARY);
    UUID a = child("Keira", "FEMALE");
    UUID b = child("Ryan", "MALE");
    // the panel, district and author are not what the figures are made from
    jdbc.execute("set referential_integrity false");
    UUID m1 = meeting(LocalDate.of(2026, 1, 12));
    UUID m2 = meeting(LocalDate.of(2026, 3, 9));
    present(m1, a, "CLOSE");
    present(m2, a, "CONTINUE");
    present(m2, b, "CONTINUE");
    jdbc.execute("set referential_integrity true");

    approve(m2, "2026-03-10T10:00:00Z");
    assertCarriedAsLookedUp();
    approve(m1, "2026-03-20T10:00:00Z");
    assertCarriedAsLookedUp();
    // as at mid-March (M2 alone approved) A and B were at their initial panel; as at April A was
    // re-referred (closed at M1, approved after M2)
    assertThat(counts(MID_MARCH)).containsExactly(2L, 0L);
    assertThat(counts(APRIL)).containsExactly(1L, 1L);
    assertFiguresAsLookedUp();

    // amended: A's decision at M1 becomes "continue"
    jdbc.update(
        "update panel_presentation set decision = 'CONTINUE' where meeting_id = ? and child_id = ?",
        m1,
        a);
    assertCarriedAsLookedUp();
    assertThat(counts(APRIL)).containsExactly(1L, 0L);
    assertFiguresAsLookedUp();

    // M1 re-dated to after M2: A at M2 is at their initial panel again
    jdbc.update(
        "update panel_meeting set meeting_on = ? where id = ?", LocalDate.of(2026, 3, 30), m1);
    assertCarriedAsLookedUp();
    assertFiguresAsLookedUp();

    // A's presentation at M1 removed
    jdbc.update("delete from panel_presentation where meeting_id = ? and child_id = ?", m1, a);
    assertCarriedAsLookedUp();
    assertThat(counts(APRIL)).containsExactly(2L, 0L);
    assertFiguresAsLookedUp();
  }

  private UUID child(String name, String sex) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into child (id, partnership_id, given_name, family_name, sex, date_of_birth,"
            + " created_at, updated_at, version) values (?, ?, ?, 'Holloway', ?,"
            + " date '2011-04-02', ?, ?, 0)",
        id,
        PARTNERSHIP,
        name,
        sex,
        JANUARY,
        JANUARY);
    return id;
  }

  private UUID meeting(LocalDate on) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into panel_meeting (id, panel_id, partnership_id, meeting_on, status, created_at,"
            + " updated_at, version) values (?, ?, ?, ?, 'HELD', ?, ?, 0)",
        id,
        PANEL,
        PARTNERSHIP,
        on,
        JANUARY,
        JANUARY);
    return id;
  }

  private void present(UUID meeting, UUID child, String decision) {
    jdbc.update(
        "insert into panel_presentation (id, meeting_id, child_id, district_id, level, decision,"
            + " recorded_by_user_id, created_at, updated_at, version)"
            + " values (?, ?, ?, ?, 'MEDIUM', ?, ?, ?, ?, 0)",
        UUID.randomUUID(),
        meeting,
        child,
        DISTRICT,
        decision,
        UUID.randomUUID(),
        JANUARY,
        JANUARY);
  }

  private void approve(UUID meeting, String at) {
    jdbc.update(
        "update panel_meeting set status = 'MINUTES_APPROVED', approved_at = ? where id = ?",
        OffsetDateTime.parse(at),
        meeting);
  }

  private void assertCarriedAsLookedUp() {
    String earlier =
        "(select COLUMN from panel_presentation p2 join panel_meeting m2 on m2.id = p2.meeting_id"
            + " where p2.child_id = pp.child_id and m2.status = 'MINUTES_APPROVED'"
            + " and (m2.meeting_on < pm.meeting_on"
            + " or (m2.meeting_on = pm.meeting_on and p2.id < pp.id))"
            + " order by m2.meeting_on desc, p2.id desc fetch first 1 row only)";
    List<Map<String, Object>> wrong =
        jdbc.queryForList(
            "select pp.id from panel_presentation pp join panel_meeting pm on pm.id = pp.meeting_id"
                + " where pp.earlier_decision is distinct from "
                + earlier.replace("COLUMN", "p2.decision")
                + " or pp.earlier_approved_at is distinct from "
                + earlier.replace("COLUMN", "m2.approved_at"));
    assertThat(wrong).isEmpty();
  }

  private void assertFiguresAsLookedUp() {
    PanelSection section = new PanelSection(jdbc);
    for (Instant asAt : List.of(MID_MARCH, APRIL)) {
      ReportSection.Scope scope = new ReportSection.Scope(PARTNERSHIP, MARCH, asAt);
      ReportSection.Scope before = new ReportSection.Scope(PARTNERSHIP, MARCH.yearEarlier(), asAt);
      assertThat(section.tables(List.of(scope, before)))
          .as("as at " + asAt)
          .isEqualTo(List.of(section.tablesOneByOne(scope), section.tablesOneByOne(before)));
    }
  }

  private List<Long> counts(Instant asAt) {
    List<ReportSection.Table> tables =
        new PanelSection(jdbc).tables(new ReportSection.Scope(PARTNERSHIP, MARCH, asAt));
    long initial = tables.get(0).rows().stream().mapToLong(ReportSection.Row::total).sum();
    return List.of(initial, tables.get(2).rows().get(0).total());
  }
}
