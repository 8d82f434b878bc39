package org.lantern.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lantern.panel.MeetingViews;
import org.lantern.panel.Meetings;
import org.lantern.panel.Minutes;
import org.lantern.panel.MinutesApproval;
import org.lantern.panel.PanelDecision;
import org.lantern.panel.PanelScenario;
import org.lantern.panel.Panels;
import org.lantern.people.ChildSummary;
import org.lantern.people.NewChild;
import org.lantern.people.Sex;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each presentation carries the decision at the child's presentation before it in approved minutes
 * and when those were approved ({@code earlier_decision}, {@code earlier_approved_at}, kept in step
 * by triggers), and the panel section counts from them. In the awkward cases — minutes approved out
 * of date order, a report re-run for a data date before a later approval, minutes amended after
 * approval, a presentation removed, moved to another child, a meeting re-dated — the carried
 * columns are what a look-up gives, and the section's figures are those of the look-up statements
 * for every period and data date, and the figures counted by hand.
 *
 * <pre>
 * M1 2026-01-12  A close,    B continue, C continue     approved 2026-03-20 (after M3)
 * M2 2026-02-09  A continue, B close                    approved 2026-05-04 (last)
 * M3 2026-03-09  A, B, C, D continue                    approved 2026-03-10 (first)
 * M4 2026-04-13  C continue, D continue                 approved 2026-04-14
 * </pre>
 *
 * March and April (M3, M4), as at 15 March (M3 alone approved): A, B, C, D at their initial panel.
 * As at 25 March (M1 too): A re-referred (closed at M1), D initial. As at 10 May (every meeting): B
 * re-referred (closed at M2, the latest before M3), D initial; and again as at 25 March, A
 * re-referred, D initial: the report re-run for that data date gives the same figures.
 */
@IntegrationTest
class PanelEarlierDecisionIntegrationTests {

  static final ReportPeriod MARCH_APRIL =
      new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30));
  static final ReportPeriod JANUARY_FEBRUARY =
      new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28));
  static final Instant MID_MARCH = Instant.parse("2026-03-15T12:00:00Z");
  static final Instant LATE_MARCH = Instant.parse("2026-03-25T12:00:00Z");
  static final Instant APRIL = Instant.parse("2026-04-20T12:00:00Z");
  static final Instant MAY = Instant.parse("2026-05-10T12:00:00Z");

  @Autowired Fixtures fixtures;
  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Panels panels;
  @Autowired Meetings meetings;
  @Autowired Minutes minutes;
  @Autowired MinutesApproval approval;
  @Autowired MeetingViews views;
  @Autowired MutableClock clock;
  @Autowired PanelSection section;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  PanelScenario s;
  TestPartnership p;

  @Test
  void theCarriedDecisionGivesTheLookUpsFiguresInEveryAwkwardCase() {
    s =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    s.at(LocalDate.of(2025, 12, 1));
    p = s.start();
    ChildSummary a = child("Ava", Sex.FEMALE);
    ChildSummary b = child("Bex", Sex.FEMALE);
    ChildSummary c = child("Cal", Sex.MALE);
    ChildSummary d = child("Dot", Sex.NOT_KNOWN);
    UUID m1 =
        held(
            LocalDate.of(2026, 1, 12),
            Map.of(a, PanelDecision.CLOSE, b, PanelDecision.CONTINUE, c, PanelDecision.CONTINUE));
    UUID m2 =
        held(LocalDate.of(2026, 2, 9), Map.of(a, PanelDecision.CONTINUE, b, PanelDecision.CLOSE));
    UUID m3 =
        held(
            LocalDate.of(2026, 3, 9),
            Map.of(
                a, PanelDecision.CONTINUE,
                b, PanelDecision.CONTINUE,
                c, PanelDecision.CONTINUE,
                d, PanelDecision.CONTINUE));
    approve(m3, LocalDate.of(2026, 3, 10));
    assertCarriedAsLookedUp();
    approve(m1, LocalDate.of(2026, 3, 20));
    assertCarriedAsLookedUp();
    UUID m4 =
        held(
            LocalDate.of(2026, 4, 13),
            Map.of(c, PanelDecision.CONTINUE, d, PanelDecision.CONTINUE));
    approve(m4, LocalDate.of(2026, 4, 14));
    assertCarriedAsLookedUp();
    approve(m2, LocalDate.of(2026, 5, 4));
    assertCarriedAsLookedUp();

    // counted by hand (initial, re-referred) in March and April as at each data date
    assertThat(counts(MARCH_APRIL, MID_MARCH)).containsExactly(4L, 0L);
    assertThat(counts(MARCH_APRIL, LATE_MARCH)).containsExactly(1L, 1L);
    assertThat(counts(MARCH_APRIL, APRIL)).containsExactly(1L, 1L);
    assertThat(counts(MARCH_APRIL, MAY)).containsExactly(1L, 1L);
    // A's presentation at M3 carries M2's decision (the latest before it now), approved in May:
    // for a data date before then the presentation before is looked up, and is M1's
    assertThat(
            jdbc.queryForObject(
                "select earlier_decision from panel_presentation where meeting_id = ?"
                    + " and child_id = ?",
                String.class,
                m3,
                a.id()))
        .isEqualTo("CONTINUE");
    assertFiguresAsLookedUp();

    // minutes amended after approval: A's decision at M2 becomes "close"
    s.at(LocalDate.of(2026, 5, 20));
    s.amend(
        m2,
        a.id(),
        "Discussed again.",
        PanelDecision.CLOSE,
        PanelScenario.noAction(),
        "Recorded wrongly.");
    assertCarriedAsLookedUp();
    assertThat(counts(MARCH_APRIL, clock.instant())).containsExactly(1L, 2L);
    assertThat(counts(MARCH_APRIL, LATE_MARCH)).containsExactly(1L, 1L);
    assertFiguresAsLookedUp();

    // a presentation removed (A's at M1): A's at M3 has none before it as at 25 March
    UUID removed =
        jdbc.queryForObject(
            "select id from panel_presentation where meeting_id = ? and child_id = ?",
            UUID.class,
            m1,
            a.id());
    jdbc.update(
        "delete from panel_escalation where ? in (first_presentation_id, second_presentation_id,"
            + " third_presentation_id)",
        removed);
    jdbc.update("delete from panel_presentation where id = ?", removed);
    assertCarriedAsLookedUp();
    assertThat(counts(MARCH_APRIL, LATE_MARCH)).containsExactly(2L, 0L);
    assertFiguresAsLookedUp();

    // a presentation moved to another child (C's at M4 to B), and an approved meeting re-dated
    // (M2 to after M3)
    jdbc.update(
        "update panel_presentation set child_id = ? where meeting_id = ? and child_id = ?",
        b.id(),
        m4,
        c.id());
    assertCarriedAsLookedUp();
    jdbc.update(
        "update panel_meeting set meeting_on = ? where id = ?", LocalDate.of(2026, 3, 16), m2);
    assertCarriedAsLookedUp();
    assertFiguresAsLookedUp();
  }

  private ChildSummary child(String name, Sex sex) {
    return fixtures.child(
        p,
        new NewChild(
            name,
            null,
            "Test" + p.suffix(),
            null,
            sex,
            LocalDate.of(2011, 6, 1),
            null,
            null,
            null,
            p.districtId()));
  }

  /** A meeting on the day, the children presented with the decisions given; not yet approved. */
  private UUID held(LocalDate on, Map<ChildSummary, PanelDecision> decisions) {
    s.at(on);
    UUID id = meetings.plan(s.coordinator(), s.panelId(), on);
    for (ChildSummary child : decisions.keySet()) {
      meetings.add(s.coordinator(), id, child.id(), "Added for the test.");
    }
    s.agree(id);
    new LinkedHashMap<>(decisions).forEach((child, decision) -> s.present(id, child, decision));
    return id;
  }

  private void approve(UUID meetingId, LocalDate on) {
    s.at(on);
    s.approve(meetingId);
  }

  /** Every presentation of the partnership carries what a look-up of the one before it gives. */
  private void assertCarriedAsLookedUp() {
    List<Map<String, Object>> wrong =
        jdbc.queryForList(
            """
            select pp.id, pp.earlier_decision, pp.earlier_approved_at, b.decision, b.approved_at
            from panel_presentation pp
            join panel_meeting pm on pm.id = pp.meeting_id
            left join lateral (
              select p2.decision, m2.approved_at
              from panel_presentation p2 join panel_meeting m2 on m2.id = p2.meeting_id
              where p2.child_id = pp.child_id and m2.status = 'MINUTES_APPROVED'
                and (m2.meeting_on < pm.meeting_on
                  or (m2.meeting_on = pm.meeting_on and p2.id < pp.id))
              order by m2.meeting_on desc, p2.id desc limit 1) b on true
            where pm.partnership_id = ?
              and (pp.earlier_decision is distinct from b.decision
                or pp.earlier_approved_at is distinct from b.approved_at)
            """,
            p.id());
    assertThat(wrong).isEmpty();
  }

  /**
   * For both periods and every data date, the section's figures (from the carried columns) are
   * those of the statements that look each presentation before up.
   */
  private void assertFiguresAsLookedUp() {
    List<Instant> dataDates = new ArrayList<>(List.of(MID_MARCH, LATE_MARCH, APRIL, MAY));
    dataDates.add(clock.instant());
    for (ReportPeriod period : List.of(MARCH_APRIL, JANUARY_FEBRUARY)) {
      for (Instant asAt : dataDates) {
        ReportSection.Scope scope = new ReportSection.Scope(p.id(), period, asAt);
        ReportSection.Scope before = new ReportSection.Scope(p.id(), period.yearEarlier(), asAt);
        List<List<ReportSection.Table>> both =
            transaction.execute(x -> section.tables(List.of(scope, before)));
        assertThat(both.get(0))
            .as(period.code() + " as at " + asAt)
            .isEqualTo(transaction.execute(x -> section.tablesOneByOne(scope)));
        assertThat(both.get(1))
            .as(period.code() + " a year earlier, as at " + asAt)
            .isEqualTo(transaction.execute(x -> section.tablesOneByOne(before)));
      }
    }
  }

  /** Children at their initial panel, and children re-referred, in the period as at the date. */
  private List<Long> counts(ReportPeriod period, Instant asAt) {
    List<ReportSection.Table> tables =
        transaction.execute(
            x -> section.tables(List.of(new ReportSection.Scope(p.id(), period, asAt))).get(0));
    long initial = tables.get(0).rows().stream().mapToLong(ReportSection.Row::total).sum();
    return List.of(initial, tables.get(2).rows().get(0).total());
  }
}
