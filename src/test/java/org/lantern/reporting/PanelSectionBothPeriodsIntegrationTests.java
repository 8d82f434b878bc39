package org.lantern.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantern.access.Directory;
import org.lantern.panel.MeetingViews;
import org.lantern.panel.Meetings;
import org.lantern.panel.Minutes;
import org.lantern.panel.MinutesApproval;
import org.lantern.panel.PanelScenario;
import org.lantern.panel.Panels;
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
 * The panel section counts a period and the same period a year earlier in one statement: over a
 * generated partnership of 600 children in four districts with monthly panels over four years (some
 * children presented two or three times, some closed and presented again; some minutes approved
 * weeks late, some meetings never approved), its tables for each period are exactly those of the
 * four statements it replaced (initial panel and re-referrals, one period after the other), for
 * several periods and data dates.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PanelSectionBothPeriodsIntegrationTests {

  static final int CHILDREN = 600;

  @Autowired Fixtures fixtures;
  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Panels panels;
  @Autowired Meetings meetings;
  @Autowired Minutes minutes;
  @Autowired MinutesApproval approval;
  @Autowired MeetingViews views;
  @Autowired MutableClock clock;
  @Autowired Directory directory;
  @Autowired PanelSection section;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  TestPartnership p;

  @BeforeAll
  void aGeneratedPartnership() {
    PanelScenario s =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    s.at(LocalDate.of(2022, 11, 1));
    p = s.start();
    GeneratedPartnership g = GeneratedPartnership.of(jdbc, directory, p, CHILDREN);
    g.children(
        "case when n % 10 < 7 then 'FEMALE' when n % 10 < 9 then 'MALE' else 'NOT_KNOWN' end",
        "date '2008-01-01' + (n * 37) % 3000",
        "@DISTRICTS@[1 + n % 4]",
        "timestamp with time zone '2022-11-01 09:00+00'");
    // a panel for each district without one, meeting monthly for four years; minutes approved
    // three days later, or forty days later for one meeting in five, and never for one in seven
    g.monthlyPanels(
        "date '2022-11-10'",
        48,
        "case when k % 7 = 3 then 'HELD' else 'MINUTES_APPROVED' end",
        """
        case when k % 7 = 3 then null
          when k % 5 = 0 then date '2022-11-10' + k * interval '1 month' + interval '40 days'
          else date '2022-11-10' + k * interval '1 month' + interval '3 days' end""");
    // a third of the children presented: first in a month spread over the four years, again
    // three months later for half of them (closed for one in four of those), and again seven
    // months later for one in six; in the district they live in, or a neighbouring one for
    // one in eleven
    String district = "@DISTRICTS@[1 + (n + case when n % 11 = 0 then 1 else 0 end) % 4]";
    for (String[] round :
        List.of(
            new String[] {"0", "case when n % 9 = 0 then 'CLOSE' else 'CONTINUE' end", "n % 3 = 0"},
            new String[] {"3", "case when n % 4 = 0 then 'CLOSE' else 'CONTINUE' end", "n % 6 = 0"},
            new String[] {"7", "'CONTINUE'", "n % 18 = 0"})) {
      g.presentations(
          "date '2022-11-10' + (n * 7 % 40 + OFFSET) * interval '1 month'"
              .replace("OFFSET", round[0]),
          district,
          "(array['LOW','MEDIUM','HIGH','NONE'])[1 + (n + OFFSET) % 4]".replace("OFFSET", round[0]),
          round[1],
          round[2]);
    }
    s.at(LocalDate.of(2026, 12, 1));
  }

  @Test
  void eachPeriodsTablesAreThoseOfTheStatementsOnePeriodAfterTheOther() {
    List<ReportPeriod> periods =
        List.of(
            new ReportPeriod(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 10, 31)),
            new ReportPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)),
            new ReportPeriod(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 31)),
            new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));
    List<Instant> dataDates =
        List.of(
            Instant.parse("2026-12-01T12:00:00Z"),
            Instant.parse("2025-08-20T12:00:00Z"),
            Instant.parse("2024-06-15T12:00:00Z"));
    long initial = 0;
    long reReferred = 0;
    for (ReportPeriod period : periods) {
      for (Instant asAt : dataDates) {
        if (period.start().isAfter(asAt)) {
          continue;
        }
        ReportSection.Scope scope = new ReportSection.Scope(p.id(), period, asAt);
        ReportSection.Scope before = new ReportSection.Scope(p.id(), period.yearEarlier(), asAt);
        List<List<ReportSection.Table>> both =
            transaction.execute(x -> section.tables(List.of(scope, before)));
        List<ReportSection.Table> thisOne = transaction.execute(x -> section.tablesOneByOne(scope));
        List<ReportSection.Table> earlier =
            transaction.execute(x -> section.tablesOneByOne(before));
        assertThat(both.get(0)).as(period.code() + " as at " + asAt).isEqualTo(thisOne);
        assertThat(both.get(1)).as(period.code() + " earlier, as at " + asAt).isEqualTo(earlier);
        initial += thisOne.get(0).rows().stream().mapToLong(ReportSection.Row::total).sum();
        reReferred += thisOne.get(2).rows().get(0).total();
      }
    }
    // the comparison saw children at their initial panel and children re-referred
    assertThat(initial).isGreaterThan(120);
    assertThat(reReferred).isGreaterThan(20);
  }
}
