package org.lantern.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantern.access.Directory;
import org.lantern.access.Role;
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
 * generated partnership of 3,000 children in four districts with monthly panels over four years
 * (some children presented two or three times, some closed and presented again; some minutes
 * approved weeks late, some meetings never approved), its tables for each period are exactly those
 * of the four statements it replaced (initial panel and re-referrals, one period after the other),
 * for several periods and data dates.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PanelSectionBothPeriodsIntegrationTests {

  static final int CHILDREN = 3000;

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
    List<UUID> districts = new ArrayList<>(List.of(p.districtId()));
    for (String name : List.of("East", "South", "West")) {
      districts.add(directory.createDistrict(p.id(), name + " " + p.suffix()));
    }
    String pid = p.id().toString();
    String author = p.user(Role.EXPLOITATION_COORDINATOR).id().toString();
    String districtArray =
        "(array["
            + String.join(",", districts.stream().map(d -> "'" + d + "'::uuid").toList())
            + "])";
    String child = "md5('" + pid + "' || n)::uuid";
    jdbc.execute(
        """
        insert into child (id, partnership_id, given_name, family_name, sex, date_of_birth,
          district_id, created_at, updated_at, version)
        select @CHILD@, '@PID@', 'Generated', 'Child' || n,
          case when n % 10 < 7 then 'FEMALE' when n % 10 < 9 then 'MALE' else 'NOT_KNOWN' end,
          date '2008-01-01' + (n * 37) % 3000, @DISTRICTS@[1 + n % 4],
          timestamp with time zone '2022-11-01 09:00+00',
          timestamp with time zone '2022-11-01 09:00+00', 0
        from generate_series(1, @N@) n
        """
            .replace("@CHILD@", child)
            .replace("@PID@", pid)
            .replace("@DISTRICTS@", districtArray)
            .replace("@N@", Integer.toString(CHILDREN)));
    // a panel for each district without one, meeting monthly for four years; minutes approved
    // three days later, or forty days later for one meeting in five, and never for one in seven
    jdbc.execute(
        """
        with area as (
          select gen_random_uuid() as id, d from unnest(@DISTRICTS@) d
          where not exists (select 1 from panel_district x where x.district_id = d)),
        made as (
          insert into panel (id, partnership_id, name, interval_months, created_at, updated_at,
            version)
          select id, '@PID@', 'Panel', 1, now(), now(), 0 from area)
        insert into panel_district (panel_id, district_id) select id, d from area
        """
            .replace("@PID@", pid)
            .replace("@DISTRICTS@", districtArray));
    jdbc.execute(
        """
        insert into panel_meeting (id, panel_id, partnership_id, meeting_on, status,
          approved_at, created_at, updated_at, version)
        select gen_random_uuid(), x.id, '@PID@', date '2022-11-10' + k * interval '1 month',
          case when k % 7 = 3 then 'HELD' else 'MINUTES_APPROVED' end,
          case when k % 7 = 3 then null
            when k % 5 = 0 then date '2022-11-10' + k * interval '1 month' + interval '40 days'
            else date '2022-11-10' + k * interval '1 month' + interval '3 days' end,
          now(), now(), 0
        from panel x cross join generate_series(0, 47) k
        where x.partnership_id = '@PID@'
          and not exists (select 1 from panel_meeting m where m.panel_id = x.id
            and m.meeting_on = date '2022-11-10' + k * interval '1 month')
        """
            .replace("@PID@", pid));
    // a third of the children presented: first in a month spread over the four years, again
    // three months later for half of them (closed for one in four of those), and again nine
    // months later for one in six; in the district they live in, or a neighbouring one for
    // one in eleven
    String present =
        """
        insert into panel_presentation (id, meeting_id, child_id, district_id, level, decision,
          recorded_by_user_id, created_at, updated_at, version)
        select gen_random_uuid(), m.id, @CHILD@, @DISTRICTS@[1 + (n + case when n % 11 = 0
            then 1 else 0 end) % 4],
          (array['LOW','MEDIUM','HIGH','NONE'])[1 + (n + @OFFSET@) % 4], @DECISION@, '@AUTHOR@',
          now(), now(), 0
        from generate_series(1, @N@) n
        join panel_district pd on pd.district_id = @DISTRICTS@[1 + n % 4]
        join panel_meeting m on m.partnership_id = '@PID@' and m.panel_id = pd.panel_id
          and m.meeting_on = date '2022-11-10' + (n * 7 % 40 + @OFFSET@) * interval '1 month'
        where @WHERE@
        """
            .replace("@CHILD@", child)
            .replace("@PID@", pid)
            .replace("@AUTHOR@", author)
            .replace("@DISTRICTS@", districtArray)
            .replace("@N@", Integer.toString(CHILDREN));
    jdbc.execute(
        present
            .replace("@OFFSET@", "0")
            .replace("@DECISION@", "case when n % 9 = 0 then 'CLOSE' else 'CONTINUE' end")
            .replace("@WHERE@", "n % 3 = 0"));
    jdbc.execute(
        present
            .replace("@OFFSET@", "3")
            .replace("@DECISION@", "case when n % 4 = 0 then 'CLOSE' else 'CONTINUE' end")
            .replace("@WHERE@", "n % 6 = 0"));
    jdbc.execute(
        present
            .replace("@OFFSET@", "7")
            .replace("@DECISION@", "'CONTINUE'")
            .replace("@WHERE@", "n % 18 = 0"));
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
    assertThat(initial).isGreaterThan(300);
    assertThat(reReferred).isGreaterThan(10);
  }
}
