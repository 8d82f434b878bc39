package org.lantern.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantern.access.Role;
import org.lantern.panel.MeetingViews;
import org.lantern.panel.Meetings;
import org.lantern.panel.Minutes;
import org.lantern.panel.MinutesApproval;
import org.lantern.panel.PanelScenario;
import org.lantern.panel.Panels;
import org.lantern.people.ChildSummary;
import org.lantern.platform.LanternTime;
import org.lantern.risk.LevelSpans;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.ScreeningImport;
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
 * Each level span carries its neighbours among the child's spans (when the one before ended, when
 * the one after started), and the children section counts a child whose span is alone in the period
 * straight from it, grouping by child only those with more than one. Hand-computed, for the period
 * 1 May to 31 October 2026 (each screening submitted at 09:00 on the day):
 *
 * <pre>
 * A MEDIUM 2025-06-01, NONE 2025-09-01 (a span before), LOW 2026-03-01, HIGH 2026-06-01: two spans
 *   in the period, counted once, high
 * B HIGH 2026-02-01, LOW 2026-05-20, MEDIUM 2026-08-01, NONE 2026-09-15, LOW 2026-11-10 (a span
 *   after): three spans in the period, counted once, high
 * C LOW 2026-07-01: one span, new in the period, low
 * D HIGH 2026-01-01, NONE 2026-04-01, MEDIUM 2026-11-05: a span before and one after, none in it
 * E HIGH 2026-01-01, NONE 2026-03-01, MEDIUM 2026-06-01, NONE 2026-07-01, LOW 2026-11-02: one span
 *   in it between a span before and one after, medium
 * F imported: LOW 2026-02-01, MEDIUM 2026-04-01, NONE 2026-05-01, HIGH 2026-06-01: two spans
 *   before the period, one in it, high
 * </pre>
 *
 * In the period as at 15 November 2026: A, B, F high, E medium, C low (5; new: C). As at 25 May
 * 2026: B high (its high span ended on 20 May, in the period), F medium (its medium span ended on 1
 * May at 09:00, after the period began), A low (its high screening not yet made); C and E not yet
 * screened in it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LevelSpanNeighboursIntegrationTests {

  static final ReportPeriod PERIOD =
      new ReportPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 10, 31));

  @Autowired Fixtures fixtures;
  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired ScreeningImport imports;
  @Autowired Panels panels;
  @Autowired Meetings meetings;
  @Autowired Minutes minutes;
  @Autowired MinutesApproval approval;
  @Autowired MeetingViews views;
  @Autowired MutableClock clock;
  @Autowired LevelSpans spans;
  @Autowired ChildrenSection section;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  PanelScenario s;
  TestPartnership p;
  ChildSummary a;
  ChildSummary b;
  ChildSummary c;
  ChildSummary d;
  ChildSummary e;
  ChildSummary f;

  @BeforeAll
  void sixChildren() {
    s =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    s.at(LocalDate.of(2025, 1, 1));
    p = s.start();
    a = fixtures.child(p, "Ada", "Span" + p.suffix(), LocalDate.of(2011, 4, 4));
    b = fixtures.child(p, "Bea", "Span" + p.suffix(), LocalDate.of(2012, 5, 5));
    c = fixtures.child(p, "Cat", "Span" + p.suffix(), LocalDate.of(2013, 6, 6));
    d = fixtures.child(p, "Dot", "Span" + p.suffix(), LocalDate.of(2010, 7, 7));
    e = fixtures.child(p, "Eve", "Span" + p.suffix(), LocalDate.of(2011, 8, 8));
    f = fixtures.child(p, "Fay", "Span" + p.suffix(), LocalDate.of(2012, 9, 9));
    screen(a, RiskLevel.MEDIUM, 2025, 6, 1);
    screen(a, RiskLevel.NONE, 2025, 9, 1);
    screen(d, RiskLevel.HIGH, 2026, 1, 1);
    screen(e, RiskLevel.HIGH, 2026, 1, 1);
    screen(b, RiskLevel.HIGH, 2026, 2, 1);
    screen(a, RiskLevel.LOW, 2026, 3, 1);
    screen(e, RiskLevel.NONE, 2026, 3, 1);
    screen(d, RiskLevel.NONE, 2026, 4, 1);
    screen(b, RiskLevel.LOW, 2026, 5, 20);
    screen(a, RiskLevel.HIGH, 2026, 6, 1);
    screen(e, RiskLevel.MEDIUM, 2026, 6, 1);
    screen(c, RiskLevel.LOW, 2026, 7, 1);
    screen(e, RiskLevel.NONE, 2026, 7, 1);
    screen(b, RiskLevel.MEDIUM, 2026, 8, 1);
    screen(b, RiskLevel.NONE, 2026, 9, 15);
    screen(e, RiskLevel.LOW, 2026, 11, 2);
    screen(d, RiskLevel.MEDIUM, 2026, 11, 5);
    screen(b, RiskLevel.LOW, 2026, 11, 10);
    s.at(LocalDate.of(2026, 11, 15));
    // F's four screenings imported in one go, as a partnership's history is
    UUID tool = tools.current(p.id(), "panel-screening").orElseThrow().versionId();
    List<ScreeningImport.Historic> history = new ArrayList<>();
    history.add(historic(f, RiskLevel.LOW, 2026, 2, 1));
    history.add(historic(f, RiskLevel.MEDIUM, 2026, 4, 1));
    history.add(historic(f, RiskLevel.NONE, 2026, 5, 1));
    history.add(historic(f, RiskLevel.HIGH, 2026, 6, 1));
    imports.importAll(
        p.user(Role.PARTNERSHIP_ADMIN),
        tool,
        history,
        null,
        null,
        clock.instant(),
        Duration.ofDays(14));
  }

  private void screen(ChildSummary child, RiskLevel level, int year, int month, int day) {
    s.at(LocalDate.of(year, month, day));
    s.screen(child, level);
  }

  private ScreeningImport.Historic historic(
      ChildSummary child, RiskLevel level, int year, int month, int day) {
    return new ScreeningImport.Historic(
        child.id(), s.coordinator().id(), null, answers(level), at(year, month, day), null, null);
  }

  /** The panel screening's answers that give the level (as PanelScenario.screen answers). */
  private static Map<String, String> answers(RiskLevel level) {
    return switch (level) {
      case NONE -> Map.of("a", "NO", "b", "NO", "grave", "NO");
      case LOW -> Map.of("a", "YES", "b", "NO", "grave", "NO");
      case MEDIUM -> Map.of("a", "YES", "b", "YES", "grave", "NO");
      case HIGH -> Map.of("a", "NO", "b", "NO", "grave", "YES");
    };
  }

  private static Instant at(int year, int month, int day) {
    return ZonedDateTime.of(LocalDate.of(year, month, day), LocalTime.of(9, 0), LanternTime.ZONE)
        .toInstant();
  }

  /** A child's spans in order: level, from, to, the one before's end, the one after's start. */
  private List<String> spansOf(ChildSummary child) {
    return jdbc.query(
        "select risk_level, from_at, to_at, previous_to_at, next_from_at from risk_level_span"
            + " where child_id = ? order by from_at",
        (rs, i) ->
            String.join(
                " ",
                rs.getString(1),
                day(rs.getTimestamp(2)),
                day(rs.getTimestamp(3)),
                day(rs.getTimestamp(4)),
                day(rs.getTimestamp(5))),
        child.id());
  }

  private static String day(Timestamp t) {
    return t == null ? "-" : t.toInstant().atZone(LanternTime.ZONE).toLocalDate().toString();
  }

  @Test
  void eachSpanCarriesTheEndOfTheSpanBeforeItAndTheStartOfTheOneAfter() {
    // submitted one at a time: each submission rebuilt the child's spans with their neighbours
    assertThat(spansOf(a))
        .containsExactly(
            "MEDIUM 2025-06-01 2025-09-01 - 2026-03-01",
            "LOW 2026-03-01 2026-06-01 2025-09-01 2026-06-01",
            "HIGH 2026-06-01 - 2026-06-01 -");
    assertThat(spansOf(b))
        .containsExactly(
            "HIGH 2026-02-01 2026-05-20 - 2026-05-20",
            "LOW 2026-05-20 2026-08-01 2026-05-20 2026-08-01",
            "MEDIUM 2026-08-01 2026-09-15 2026-08-01 2026-11-10",
            "LOW 2026-11-10 - 2026-09-15 -");
    assertThat(spansOf(c)).containsExactly("LOW 2026-07-01 - - -");
    assertThat(spansOf(d))
        .containsExactly(
            "HIGH 2026-01-01 2026-04-01 - 2026-11-05", "MEDIUM 2026-11-05 - 2026-04-01 -");
    assertThat(spansOf(e))
        .containsExactly(
            "HIGH 2026-01-01 2026-03-01 - 2026-06-01",
            "MEDIUM 2026-06-01 2026-07-01 2026-03-01 2026-11-02",
            "LOW 2026-11-02 - 2026-07-01 -");
    // imported together: the spans were built once, after the import
    assertThat(spansOf(f))
        .containsExactly(
            "LOW 2026-02-01 2026-04-01 - 2026-04-01",
            "MEDIUM 2026-04-01 2026-05-01 2026-04-01 2026-06-01",
            "HIGH 2026-06-01 - 2026-05-01 -");
  }

  @Test
  void rebuiltTheSpansAndTheirNeighboursAreTheSame() {
    List<List<String>> before = List.of(spansOf(a), spansOf(b), spansOf(e), spansOf(f));
    transaction.executeWithoutResult(x -> spans.rebuildPartnership(p.id()));
    assertThat(List.of(spansOf(a), spansOf(b), spansOf(e), spansOf(f))).isEqualTo(before);
  }

  @Test
  void aChildWithTwoOrThreeSpansInThePeriodIsCountedOnceAtTheHighest() {
    ReportSection.Scope now = new ReportSection.Scope(p.id(), PERIOD, clock.instant());
    List<ChildrenSection.Group> groups = groups(now);
    // A, B and F high, E medium, C low; only C new
    assertThat(byLevel(groups)).containsExactly(3L, 1L, 1L);
    assertThat(groups.stream().filter(ChildrenSection.Group::isNew).mapToLong(g -> g.n()).sum())
        .isEqualTo(1);
    assertThat(groups).isEqualTo(joined(now));

    // as at 25 May 2026: B high (its high span ended in the period), A low (its high screening
    // not yet made), F medium (its medium span ended on 1 May, after the period began); C and E
    // not yet screened in it
    ReportSection.Scope may =
        new ReportSection.Scope(p.id(), PERIOD, Instant.parse("2026-05-25T12:00:00Z"));
    assertThat(byLevel(groups(may))).containsExactly(1L, 1L, 1L);
    assertThat(groups(may)).isEqualTo(joined(may));

    // June and July only: A high (two spans), B low (its high span ended before), E medium, C
    // low, F high
    ReportPeriod summer = new ReportPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31));
    ReportSection.Scope june = new ReportSection.Scope(p.id(), summer, clock.instant());
    assertThat(byLevel(groups(june))).containsExactly(2L, 1L, 2L);
    assertThat(groups(june)).isEqualTo(joined(june));
  }

  private List<ChildrenSection.Group> groups(ReportSection.Scope scope) {
    return ChildrenSectionSpansIntegrationTests.sorted(
        transaction.execute(x -> section.groups(scope)));
  }

  private List<ChildrenSection.Group> joined(ReportSection.Scope scope) {
    return ChildrenSectionSpansIntegrationTests.sorted(
        transaction.execute(x -> ChildrenSectionSpansIntegrationTests.joined(jdbc, scope)));
  }

  /** Children at high, medium and low. */
  private static List<Long> byLevel(List<ChildrenSection.Group> groups) {
    List<Long> counts = new ArrayList<>();
    for (int level = 3; level >= 1; level--) {
      int l = level;
      counts.add(groups.stream().filter(g -> g.level() == l).mapToLong(g -> g.n()).sum());
    }
    return counts;
  }
}
