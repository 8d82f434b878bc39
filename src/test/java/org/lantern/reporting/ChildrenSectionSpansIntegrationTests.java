package org.lantern.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
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
import org.lantern.people.Responsibility;
import org.lantern.risk.LevelSpans;
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
 * The children section reads the level spans alone (each carrying the child's district, sex and
 * date of birth) and the placement index: over a generated partnership of 4,000 children in four
 * districts, its groups are exactly those of the query it replaced, which joined every child at
 * risk to the child table and the placement table, for several periods and data dates. The
 * partnership has children whose placement changed in the middle of a period, ended in it, or began
 * across a border; and, after their spans were built, children whose district, sex or date of birth
 * was changed on their record (which the spans must follow in the same transaction).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChildrenSectionSpansIntegrationTests {

  static final int CHILDREN = 4000;

  /** The children section's query before the spans carried the child's columns: the reference. */
  static final String JOINED =
      """
      select district_id, lvl, sex, age, placement_type, responsibility, new_child, count(*) as n
      from (
        select c.district_id, k.lvl, c.sex, pl.placement_type, pl.responsibility,
          case when k.first_at >= ? then 1 else 0 end as new_child,
          case when c.date_of_birth is null or c.date_of_birth > ? then -1
            else cast(? - extract(year from c.date_of_birth)
              - case when extract(month from c.date_of_birth) * 100
                  + extract(day from c.date_of_birth) > ? then 1 else 0 end as integer)
          end as age
        from (
          select s.child_id, max(case s.risk_level when 'HIGH' then 3 when 'MEDIUM' then 2
              when 'LOW' then 1 else 0 end) as lvl, min(s.first_at) as first_at
          from risk_level_span s
          where s.partnership_id = ? and (s.to_at is null or s.to_at > ?)
            and s.from_at < ? and s.from_at <= ?
          group by s.child_id
        ) k
        join child c on c.id = k.child_id
        left join child_placement pl on pl.child_id = c.id
          and pl.started_on <= ? and (pl.ended_on is null or pl.ended_on > ?)
      ) x
      group by district_id, lvl, sex, age, placement_type, responsibility, new_child
      """;

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
  @Autowired LevelSpans spans;
  @Autowired ChildrenSection section;
  @Autowired ReportCounting counting;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  TestPartnership p;
  GeneratedPartnership g;
  List<UUID> districts;

  @BeforeAll
  void aGeneratedPartnership() {
    PanelScenario s =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    s.at(LocalDate.of(2022, 11, 1));
    p = s.start();
    g = GeneratedPartnership.of(jdbc, directory, p, CHILDREN);
    districts = g.districts();
    String first =
        "(timestamp with time zone '2022-11-15 10:00+00'"
            + " + ((cast(n as bigint) * 7919) % 1460) * interval '1 day')";
    // one child in a hundred with no date of birth, one in fifty with no district
    g.children(
        "case when n % 10 < 7 then 'FEMALE' when n % 10 < 9 then 'MALE' else 'NOT_KNOWN' end",
        "case when n % 100 = 0 then null else date '2004-01-01' + (n * 37) % 6200 end",
        "case when n % 50 = 0 then null else @DISTRICTS@[1 + n % 4] end",
        "timestamp with time zone '2022-11-01 09:00+00'");
    // A first placement for nineteen in twenty, one in six of them across a border. It ends on 15
    // July 2026 for one in seven (a second begins that day: residential, placed here by another
    // authority), on 20 August 2026 for one in eleven (none after it) and on 1 August 2025 for one
    // in five (then foster care, ours placed elsewhere).
    g.placements(
        "(array['FAMILY_HOME','FOSTER_CARE','RESIDENTIAL','SUPPORTED_ACCOMMODATION',"
            + "'SECURE','OTHER'])[1 + n % 6]",
        "(case n % 6 when 1 then 'PLACED_HERE_BY_ANOTHER_AUTHORITY'"
            + " when 2 then 'OURS_PLACED_ELSEWHERE' else 'OURS' end)",
        "date '2020-01-01' + n % 700",
        "case when n % 7 = 0 then date '2026-07-15' when n % 11 = 0 then date '2026-08-20'"
            + " when n % 5 = 0 then date '2025-08-01' end",
        "n % 20 <> 19");
    g.placements(
        "'RESIDENTIAL'",
        "'PLACED_HERE_BY_ANOTHER_AUTHORITY'",
        "date '2026-07-15'",
        "cast(null as date)",
        "n % 20 <> 19 and n % 7 = 0");
    g.placements(
        "'FOSTER_CARE'",
        "'OURS_PLACED_ELSEWHERE'",
        "date '2025-08-01'",
        "cast(null as date)",
        "n % 20 <> 19 and n % 7 <> 0 and n % 11 <> 0 and n % 5 = 0");
    // each child's first screening (low, medium or high) over four years; a second for half of
    // them (some at no apparent risk), a high one for a third, a closing one for three in four
    g.screenings(first, "(array['LOW','MEDIUM','HIGH'])[1 + n % 3]", "true");
    g.screenings(
        "(" + first + " + (60 + n % 120) * interval '1 day')",
        "(array['NONE','LOW','MEDIUM','HIGH'])[1 + (n / 2) % 4]",
        "n % 2 = 0");
    g.screenings("(" + first + " + (200 + n % 40) * interval '1 day')", "'HIGH'", "n % 3 = 0");
    g.screenings("(" + first + " + (300 + n % 300) * interval '1 day')", "'NONE'", "n % 4 <> 0");
    spans.rebuildPartnership(p.id());
    // after the spans were built: one child in nine moved district, one in thirteen had their sex
    // recorded differently, one in seventeen had their date of birth corrected (or first recorded)
    g.run(
        """
        update child set district_id = @DISTRICTS@[1 + (n + 1) % 4]
        from generate_series(1, @N@) n where child.id = @CHILD@ and n % 9 = 0
        """,
        "true");
    g.run(
        """
        update child set sex = case sex when 'FEMALE' then 'MALE' else 'FEMALE' end
        from generate_series(1, @N@) n where child.id = @CHILD@ and n % 13 = 0
        """,
        "true");
    g.run(
        """
        update child set date_of_birth = date '2009-07-20' + n % 400
        from generate_series(1, @N@) n where child.id = @CHILD@ and n % 17 = 0
        """,
        "true");
    // and after the spans were built, the placements changed (the spans follow them in the same
    // statement): one child in 23 with a placement open moved on 10 June 2026 (into secure, ours),
    // one in 31 moved after the periods' last days, on 20 November 2026 (supported, placed here
    // by another authority), one in 29 had every placement removed as recorded in error, and for
    // one in 47 of the children with a placement, it was moved onto the next child, who had none
    movePlacements("n % 23 = 0", "2026-06-10", "SECURE", "OURS");
    movePlacements(
        "n % 31 = 0 and n % 23 <> 0",
        "2026-11-20", "SUPPORTED_ACCOMMODATION", "PLACED_HERE_BY_ANOTHER_AUTHORITY");
    g.run(
        """
        delete from child_placement where child_id in (select @CHILD@ from generate_series(1, @N@) n
          where n % 29 = 0)
        """,
        "true");
    g.run(
        """
        update child_placement set child_id = md5('@PID@' || (n + 1))::uuid
        from generate_series(1, @N@) n where child_placement.child_id = @CHILD@
          and n % 20 = 18 and n % 47 = 0
        """,
        "true");
    s.at(LocalDate.of(2026, 12, 1));
  }

  /** Ends the open placement of the children chosen on the day given and starts another then. */
  private void movePlacements(String which, String day, String type, String responsibility) {
    String chosen =
        "select @CHILD@ from generate_series(1, @N@) n where @WHICH@"
            .replace("@CHILD@", g.childId())
            .replace("@N@", Integer.toString(CHILDREN))
            .replace("@WHICH@", which);
    jdbc.update(
        "update child_placement set ended_on = cast(? as date) where ended_on is null"
            + " and started_on < cast(? as date) and child_id in ("
            + chosen
            + ")",
        day,
        day);
    jdbc.update(
        "insert into child_placement (id, child_id, placement_type, responsibility,"
            + " authority_name, started_on, recorded_at)"
            + " select gen_random_uuid(), pl.child_id, ?, ?,"
            + " case when ? <> 'OURS' then 'Another Council' end, pl.ended_on, now()"
            + " from child_placement pl where pl.ended_on = cast(? as date) and pl.child_id in ("
            + chosen
            + ")",
        type,
        responsibility,
        responsibility,
        day);
  }

  @Test
  void theSpansCarryTheChildsLatestPlacementAndWhenTheOthersEndedAsThePlacementsAreNow() {
    assertThat(
            jdbc.queryForObject(
                """
                select count(*) from risk_level_span s
                left join (
                  select child_id, started_on, ended_on, placement_type, responsibility,
                    row_number() over (partition by child_id order by started_on desc, id desc) nth,
                    (select max(coalesce(o.ended_on, date '9999-12-31')) from child_placement o
                      where o.child_id = pl.child_id and o.id <> pl.id) others
                  from child_placement pl
                ) l on l.child_id = s.child_id and l.nth = 1
                where s.partnership_id = ? and (s.placement_from is distinct from l.started_on
                  or s.placement_to is distinct from l.ended_on
                  or s.placement_type is distinct from l.placement_type
                  or s.placement_responsibility is distinct from l.responsibility
                  or s.other_placements_to is distinct from l.others)
                """,
                Long.class,
                p.id()))
        .isZero();
    // child 23 moved into secure on 10 June 2026; child 29's placements were removed; child 658's
    // two placements (one in seven: moved on 15 July 2026) are now child 659's, who had none
    assertThat(placementOnSpans(23)).containsExactly("2026-06-10 null SECURE 2026-06-10");
    assertThat(placementOnSpans(29)).containsExactly("null null null null");
    assertThat(placementOnSpans(658)).containsExactly("null null null null");
    assertThat(placementOnSpans(659)).containsExactly("2026-07-15 null RESIDENTIAL 2026-07-15");
  }

  @Test
  void everySpanCarriesTheEndOfTheChildsSpanBeforeItAndTheStartOfTheOneAfter() {
    assertThat(
            jdbc.queryForObject(
                """
                select count(*) from (
                  select s.previous_to_at, s.next_from_at,
                    lag(s.to_at) over (partition by s.child_id order by s.from_at) as before_to,
                    lead(s.from_at) over (partition by s.child_id order by s.from_at) as after_from
                  from risk_level_span s where s.partnership_id = ?
                ) x
                where x.previous_to_at is distinct from x.before_to
                  or x.next_from_at is distinct from x.after_from
                """,
                Long.class,
                p.id()))
        .isZero();
    // and the generated children do have neighbours: a second span for most of those screened
    // again at low or above, some straight after the first, some after a gap at no apparent risk
    assertThat(
            jdbc.queryForObject(
                "select count(*) from risk_level_span where partnership_id = ?"
                    + " and next_from_at is not null",
                Long.class,
                p.id()))
        .isGreaterThan(CHILDREN / 4);
  }

  @Test
  void everySpanCarriesWhenTheChildsLatestSpanBeforeItAtHighAndAtMediumOrHighEnded() {
    assertThat(
            jdbc.queryForObject(
                """
                select count(*) from risk_level_span s
                where s.partnership_id = ?
                  and (s.previous_high_to_at is distinct from (select max(b.to_at)
                      from risk_level_span b where b.child_id = s.child_id
                        and b.from_at < s.from_at and b.risk_level = 'HIGH')
                    or s.previous_medium_to_at is distinct from (select max(b.to_at)
                      from risk_level_span b where b.child_id = s.child_id
                        and b.from_at < s.from_at and b.risk_level in ('MEDIUM', 'HIGH')))
                """,
                Long.class,
                p.id()))
        .isZero();
    // and the generated children do have them: spans after a high one, and a child's last span
    // in a period lower than an earlier one in it (which the section must count at the higher)
    assertThat(
            jdbc.queryForObject(
                "select count(*) from risk_level_span where partnership_id = ?"
                    + " and previous_high_to_at is not null and risk_level <> 'HIGH'",
                Long.class,
                p.id()))
        .isGreaterThan(CHILDREN / 20);
  }

  private List<String> placementOnSpans(int n) {
    return jdbc.queryForList(
        "select distinct concat(coalesce(cast(placement_from as varchar), 'null'), ' ',"
            + " coalesce(cast(placement_to as varchar), 'null'), ' ',"
            + " coalesce(placement_type, 'null'), ' ',"
            + " coalesce(cast(other_placements_to as varchar), 'null'))"
            + " from risk_level_span where child_id = ?",
        String.class,
        generated(n));
  }

  @Test
  void theSpansCarryTheChildsDistrictSexAndDateOfBirthAsTheRecordHasThemNow() {
    assertThat(
            jdbc.queryForObject(
                """
                select count(*) from risk_level_span s join child c on c.id = s.child_id
                where s.partnership_id = ? and (s.district_id is distinct from c.district_id
                  or s.sex <> c.sex or s.date_of_birth is distinct from c.date_of_birth)
                """,
                Long.class,
                p.id()))
        .isZero();
    // child 9 moved from the second district to the third, child 13 (a girl) is recorded as a
    // boy, child 17's date of birth was corrected: each after their spans were built
    assertThat(
            jdbc.queryForList(
                "select distinct district_id from risk_level_span where child_id = ?",
                UUID.class,
                generated(9)))
        .containsExactly(districts.get(2));
    assertThat(
            jdbc.queryForList(
                "select distinct sex from risk_level_span where child_id = ?",
                String.class,
                generated(13)))
        .containsExactly("MALE");
    assertThat(
            jdbc.queryForList(
                "select distinct date_of_birth from risk_level_span where child_id = ?",
                Date.class,
                generated(17)))
        .containsExactly(Date.valueOf(LocalDate.of(2009, 7, 20).plusDays(17)));
  }

  private UUID generated(int n) {
    return g.child(n);
  }

  @Test
  void theGroupsAreThoseOfTheQueryThatJoinedTheChildAndPlacementTables() {
    List<ReportPeriod> periods =
        List.of(
            new ReportPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 10, 31)),
            new ReportPeriod(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 10, 31)),
            new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)),
            new ReportPeriod(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31)),
            new ReportPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)),
            new ReportPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
    List<Instant> dataDates =
        List.of(
            Instant.parse("2026-12-01T12:00:00Z"),
            Instant.parse("2026-08-10T12:00:00Z"),
            Instant.parse("2025-06-15T12:00:00Z"));
    long compared = 0;
    boolean sawAMove = false;
    for (ReportPeriod period : periods) {
      for (Instant asAt : dataDates) {
        if (period.start().isAfter(asAt)) {
          continue;
        }
        ReportSection.Scope scope = new ReportSection.Scope(p.id(), period, asAt);
        List<ChildrenSection.Group> spansOnly =
            sorted(transaction.execute(x -> section.groups(scope)));
        List<ChildrenSection.Group> joined = sorted(transaction.execute(x -> joined(scope)));
        assertThat(spansOnly).as(period.code() + " as at " + asAt).isEqualTo(joined);
        compared += joined.stream().mapToLong(ChildrenSection.Group::n).sum();
        sawAMove |=
            joined.stream()
                .anyMatch(
                    g -> g.responsibility() == Responsibility.PLACED_HERE_BY_ANOTHER_AUTHORITY);
      }
    }
    assertThat(compared).isGreaterThan(5000);
    assertThat(sawAMove).isTrue();
  }

  /**
   * The report counts its period and the same period a year earlier at the same time, each on its
   * own thread and connection (ReportCounting): each period's groups are still those of the joined
   * query for that period alone.
   */
  @Test
  void countedWithTheYearEarlierAtTheSameTimeEachPeriodsGroupsAreTheSame() {
    List<ReportPeriod> periods =
        List.of(
            new ReportPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 10, 31)),
            new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)),
            new ReportPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)),
            new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    List<Instant> dataDates =
        List.of(
            Instant.parse("2026-12-01T12:00:00Z"),
            Instant.parse("2026-08-10T12:00:00Z"),
            Instant.parse("2025-06-15T12:00:00Z"));
    long compared = 0;
    for (ReportPeriod period : periods) {
      for (Instant asAt : dataDates) {
        if (period.start().isAfter(asAt)) {
          continue;
        }
        ReportSection.Scope scope = new ReportSection.Scope(p.id(), period, asAt);
        ReportSection.Scope before = new ReportSection.Scope(p.id(), period.yearEarlier(), asAt);
        List<Supplier<List<ChildrenSection.Group>>> parts =
            List.of(() -> section.groups(scope), () -> section.groups(before));
        List<List<ChildrenSection.Group>> both = transaction.execute(x -> counting.all(parts));
        List<ChildrenSection.Group> now = sorted(transaction.execute(x -> joined(scope)));
        List<ChildrenSection.Group> then = sorted(transaction.execute(x -> joined(before)));
        assertThat(sorted(both.get(0))).as(period.code() + " as at " + asAt).isEqualTo(now);
        assertThat(sorted(both.get(1)))
            .as(period.code() + " a year earlier, as at " + asAt)
            .isEqualTo(then);
        compared +=
            now.stream().mapToLong(ChildrenSection.Group::n).sum()
                + then.stream().mapToLong(ChildrenSection.Group::n).sum();
      }
    }
    assertThat(compared).isGreaterThan(5000);
  }

  private List<ChildrenSection.Group> joined(ReportSection.Scope scope) {
    return joined(jdbc, scope);
  }

  /** The groups the earlier query (joined to the child and placement tables) gives. */
  static List<ChildrenSection.Group> joined(JdbcTemplate jdbc, ReportSection.Scope scope) {
    ReportPeriod period = scope.period();
    Instant openAfter = scope.start().isBefore(scope.asAt()) ? scope.start() : scope.asAt();
    return jdbc.query(
        JOINED,
        (rs, i) -> ChildrenSection.Group.of(rs),
        Timestamp.from(scope.start()),
        Date.valueOf(period.to()),
        period.to().getYear(),
        period.to().getMonthValue() * 100 + period.to().getDayOfMonth(),
        scope.partnershipId(),
        Timestamp.from(openAfter),
        Timestamp.from(scope.end()),
        Timestamp.from(scope.asAt()),
        Date.valueOf(period.to()),
        Date.valueOf(period.to()));
  }

  static List<ChildrenSection.Group> sorted(List<ChildrenSection.Group> groups) {
    return groups.stream().sorted(Comparator.comparing(ChildrenSection.Group::toString)).toList();
  }
}
