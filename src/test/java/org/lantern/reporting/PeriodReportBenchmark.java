package org.lantern.reporting;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.panel.MeetingViews;
import org.lantern.panel.Meetings;
import org.lantern.panel.Minutes;
import org.lantern.panel.MinutesApproval;
import org.lantern.panel.PanelScenario;
import org.lantern.panel.Panels;
import org.lantern.risk.LevelSpans;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The period data report over a large generated partnership on PostgreSQL, timed: not part of
 * {@code ./mvnw verify}. Run with {@code ./mvnw -Pbench test -Dtest=PeriodReportBenchmark
 * -Dbench.children=1000000 -Dlantern.test.db.url=...}. Four districts and ten years of history
 * (November 2016 to November 2026), written straight into the tables with SQL: each child's first
 * screening (low, medium or high) on a day spread over the ten years, a second for half of them, a
 * closing one (no apparent risk) for nineteen in twenty; monthly approved panels in each district
 * with a fifth of the children presented (some twice, some closed and presented again); a missing
 * episode for a quarter of them; a notice for one in two hundred. Timed after one warm-up, five
 * times each: the report (the service), the page and the PDF (through MockMvc, sign-in included),
 * for the six months May to October 2026 and the same period a year earlier.
 *
 * <p>{@code -Dbench.reuse=true} skips the generation (about 13 minutes at a million on a loaded
 * machine) when the database already holds a partnership an earlier run generated completely with
 * the same number of children: the latest such is timed again, read as its strategic lead. Run once
 * without it to generate, then as often as wanted with it. (The application's search index, kept in
 * {@code java.io.tmpdir/lantern-period-report-bench-index}, indexes the generated children as the
 * first reusing run starts, several minutes at a million, before anything is timed.)
 */
@Tag("benchmark")
@IntegrationTest
@GeneratedPartnershipIndex
class PeriodReportBenchmark {

  /**
   * May to October 2026 (and 2025, the year earlier); {@code -Dbench.period.from=2018-05-01
   * -Dbench.period.to=2018-10-31} times an older period of the same partnership.
   */
  static final ReportPeriod PERIOD =
      new ReportPeriod(
          LocalDate.parse(System.getProperty("bench.period.from", "2026-05-01")),
          LocalDate.parse(System.getProperty("bench.period.to", "2026-10-31")));

  @Autowired Fixtures fixtures;
  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired LevelSpans spans;
  @Autowired Panels panels;
  @Autowired Meetings meetings;
  @Autowired Minutes minutes;
  @Autowired MinutesApproval approval;
  @Autowired MeetingViews views;
  @Autowired MutableClock clock;
  @Autowired Directory directory;
  @Autowired PeriodReports reports;
  @Autowired JdbcTemplate jdbc;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired List<ReportSection> sections;
  @Autowired TransactionTemplate transaction;
  @Autowired ChildrenSection childrenSection;
  @Autowired PanelSection panelSection;
  @Autowired ReportCounting counting;

  TestPartnership p;

  @Test
  void aMillionChildrenOverTenYears() throws Exception {
    int n = Integer.getInteger("bench.children", 1_000_000);
    PanelScenario s =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    s.at(LocalDate.of(2016, 11, 1));
    long t0 = System.nanoTime();
    UUID reused = Boolean.getBoolean("bench.reuse") ? GeneratedPartnership.latest(jdbc, n) : null;
    CurrentUser lead;
    if (reused == null) {
      p = s.start();
      generate(GeneratedPartnership.of(jdbc, directory, p, n));
      lead = p.user(Role.STRATEGIC_LEAD);
    } else {
      lead = GeneratedPartnership.strategicLead(jdbc, directory, reused);
    }
    UUID pid = lead.partnershipId();
    String loadBefore = load();
    double generated = (System.nanoTime() - t0) / 1e9;
    s.at(LocalDate.of(2026, 12, 1));

    long[] service = time(() -> reports.report(lead, PERIOD, Audience.PUBLIC, null));
    long[] pageTimes =
        time(
            () ->
                mvc.perform(
                        get("/reports/period")
                            .param("from.day", String.valueOf(PERIOD.from().getDayOfMonth()))
                            .param("from.month", String.valueOf(PERIOD.from().getMonthValue()))
                            .param("from.year", String.valueOf(PERIOD.from().getYear()))
                            .param("to.day", String.valueOf(PERIOD.to().getDayOfMonth()))
                            .param("to.month", String.valueOf(PERIOD.to().getMonthValue()))
                            .param("to.year", String.valueOf(PERIOD.to().getYear()))
                            .param("audience", "INTERNAL")
                            .with(Pages.signedInAs(users, lead.username())))
                    .andExpect(status().isOk()));
    long[] pdfTimes =
        time(
            () ->
                mvc.perform(
                        get("/reports/period.pdf")
                            .param("from", PERIOD.from().toString())
                            .param("to", PERIOD.to().toString())
                            .param("audience", "PUBLIC")
                            .with(Pages.signedInAs(users, lead.username())))
                    .andExpect(status().isOk()));
    // each section alone for both periods, asked as the report asks (one call for both periods,
    // or one a period), on one connection, one after the other
    StringBuilder bySection = new StringBuilder();
    ReportSection.Scope scope = new ReportSection.Scope(pid, PERIOD, clock.instant());
    ReportSection.Scope before =
        new ReportSection.Scope(pid, PERIOD.yearEarlier(), clock.instant());
    for (ReportSection section : sections) {
      long[] t = time(() -> transaction.executeWithoutResult(x -> both(section, scope, before)));
      bySection.append(
          String.format(
              "%s, both periods, ms: %s%n",
              section.getClass().getSimpleName(), Arrays.toString(t)));
    }
    // every section, both periods: one after the other on one connection, against at the same
    // time as the report counts them (ReportCounting)
    long[] oneAfterTheOther =
        time(
            () ->
                transaction.executeWithoutResult(
                    x -> sections.forEach(section -> both(section, scope, before))));
    List<Supplier<Object>> parts = new ArrayList<>();
    for (ReportSection section : sections) {
      if (section.periodsTogether()) {
        parts.add(() -> section.tables(List.of(scope, before)));
      } else {
        parts.add(() -> section.tables(scope));
        parts.add(() -> section.tables(before));
      }
    }
    long[] together = time(() -> transaction.executeWithoutResult(x -> counting.all(parts)));
    long[] panelOneByOne =
        time(
            () ->
                transaction.executeWithoutResult(
                    x -> {
                      panelSection.tablesOneByOne(scope);
                      panelSection.tablesOneByOne(before);
                    }));
    // the panel section now (the presentation before carried on each row) against the statements
    // that look each presentation before up, one period after the other
    boolean panelSame =
        Boolean.TRUE.equals(
            transaction.execute(
                x ->
                    panelSection
                        .tables(List.of(scope, before))
                        .equals(
                            List.of(
                                panelSection.tablesOneByOne(scope),
                                panelSection.tablesOneByOne(before)))));
    bySection.append(
        String.format(
            "every section, both periods, one after the other on one connection, ms: %s%n"
                + "every section, both periods, at the same time (%d threads and the caller's),"
                + " ms: %s%n"
                + "panel section, one period after the other (four statements as before), ms: %s%n"
                + "the same panel tables now and from the look-up statements: %s%n",
            Arrays.toString(oneAfterTheOther),
            counting.threads(),
            Arrays.toString(together),
            Arrays.toString(panelOneByOne),
            panelSame));
    // the children section's query now (spans carrying the child's columns, index-only) against
    // the one it replaced (joining each child at risk to the child and placement tables)
    long[] joined =
        time(
            () ->
                transaction.executeWithoutResult(
                    x -> {
                      jdbc.execute("set local work_mem = '256MB'");
                      joined(scope);
                    }));
    long[] spansOnly =
        time(() -> transaction.executeWithoutResult(x -> childrenSection.groups(scope)));
    // the children statement now against the one before the spans carried their neighbours (every
    // child at risk grouped by child), alternated, each with its PostgreSQL backend's CPU time
    long[][] alternated =
        alternate(
            () -> {
              jdbc.execute("set local work_mem = '256MB'");
              jdbc.execute("set local jit = off");
              groupedByChild(scope);
            },
            () -> childrenSection.groups(scope));
    bySection.append(
        String.format(
            "children query joined to child and placement (before) ms: %s%n"
                + "children query on spans and indexes (now), one period, ms: %s%n"
                + "the same groups before the neighbours and now: %s%n"
                + "children statement grouping every child by child (before the neighbours),"
                + " alternated with now, one period: wall ms %s, backend CPU ms %s%n"
                + "children statement now, alternated: wall ms %s, backend CPU ms %s%n",
            Arrays.toString(joined),
            Arrays.toString(spansOnly),
            transaction.execute(
                x ->
                    ChildrenSectionSpansIntegrationTests.sorted(groupedByChild(scope))
                        .equals(
                            ChildrenSectionSpansIntegrationTests.sorted(
                                childrenSection.groups(scope)))),
            Arrays.toString(alternated[0]),
            Arrays.toString(alternated[1]),
            Arrays.toString(alternated[2]),
            Arrays.toString(alternated[3])));
    PeriodReport r = reports.report(lead, PERIOD, Audience.INTERNAL, null);
    String atRisk = r.sections().get(0).tables().get(0).lines().getLast().partnership().count();
    String result =
        String.format(
            "children=%d %s in %.0f s; screenings=%d presentations=%d episodes=%d;"
                + " children at risk in the period=%s%n"
                + "report (service) ms: %s%npage ms: %s%npdf ms: %s%n%s",
            n,
            reused == null ? "generated" : "reused (-Dbench.reuse=true), found",
            generated,
            count("screening", pid),
            jdbc.queryForObject(
                "select count(*) from panel_presentation pp join panel_meeting m on m.id ="
                    + " pp.meeting_id where m.partnership_id = ?",
                Long.class,
                pid),
            count("missing_episode", pid),
            atRisk,
            Arrays.toString(service),
            Arrays.toString(pageTimes),
            Arrays.toString(pdfTimes),
            bySection);
    result +=
        String.format(
            "load average (1, 5, 15 min) before timing: %s; after: %s%n", loadBefore, load());
    System.out.println(result);
    Files.writeString(Path.of("target/period-report-benchmark.txt"), result);
  }

  /** A section's tables for both periods, asked as the report asks. */
  private static void both(
      ReportSection section, ReportSection.Scope scope, ReportSection.Scope before) {
    if (section.periodsTogether()) {
      section.tables(List.of(scope, before));
    } else {
      section.tables(scope);
      section.tables(before);
    }
  }

  /** The machine's load averages, as uptime shows them (Linux). */
  static String load() throws IOException {
    Path loadavg = Path.of("/proc/loadavg");
    return Files.exists(loadavg) ? Files.readString(loadavg).trim() : "not known";
  }

  private void joined(ReportSection.Scope scope) {
    Instant openAfter = scope.start().isBefore(scope.asAt()) ? scope.start() : scope.asAt();
    jdbc.queryForList(
        ChildrenSectionSpansIntegrationTests.JOINED,
        Timestamp.from(scope.start()),
        Date.valueOf(PERIOD.to()),
        PERIOD.to().getYear(),
        PERIOD.to().getMonthValue() * 100 + PERIOD.to().getDayOfMonth(),
        scope.partnershipId(),
        Timestamp.from(openAfter),
        Timestamp.from(scope.end()),
        Timestamp.from(scope.asAt()),
        Date.valueOf(PERIOD.to()),
        Date.valueOf(PERIOD.to()));
  }

  /**
   * Two runs alternated, each in a transaction, after a warm-up of each: wall and the PostgreSQL
   * backend's CPU time (from /proc when the database runs on this machine, else -1), sorted: the
   * first's wall and CPU, then the second's.
   */
  private long[][] alternate(Run first, Run second) throws Exception {
    int runs = Integer.getInteger("bench.runs", 5);
    long[][] out = new long[4][runs];
    Run[] both = {first, second};
    for (Run r : both) {
      transaction.executeWithoutResult(x -> unchecked(r));
    }
    for (int i = 0; i < runs; i++) {
      for (int k = 0; k < 2; k++) {
        Run r = both[k];
        long[] cpu = new long[2];
        long t =
            transaction.execute(
                x -> {
                  Integer backend = jdbc.queryForObject("select pg_backend_pid()", Integer.class);
                  cpu[0] = backendCpuMs(backend);
                  long t0 = System.nanoTime();
                  unchecked(r);
                  long ms = (System.nanoTime() - t0) / 1_000_000;
                  cpu[1] = backendCpuMs(backend);
                  return ms;
                });
        out[2 * k][i] = t;
        out[2 * k + 1][i] = cpu[0] < 0 || cpu[1] < 0 ? -1 : cpu[1] - cpu[0];
      }
    }
    for (long[] a : out) {
      Arrays.sort(a);
    }
    return out;
  }

  private static void unchecked(Run r) {
    try {
      r.run();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A backend's user and system CPU time in milliseconds (Linux, database on this machine). */
  private static long backendCpuMs(int pid) {
    Path stat = Path.of("/proc/" + pid + "/stat");
    try {
      String text = Files.readString(stat);
      String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
      // utime and stime are fields 14 and 15, the 12th and 13th after the command's name
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /**
   * The children statement before the spans carried their neighbours (commit 7551571): every span
   * overlapping the period grouped by child, age by extract.
   */
  private List<ChildrenSection.Group> groupedByChild(ReportSection.Scope scope) {
    Instant openAfter = scope.start().isBefore(scope.asAt()) ? scope.start() : scope.asAt();
    return jdbc.query(
        GROUPED_BY_CHILD,
        (rs, i) -> ChildrenSection.Group.of(rs),
        scope.partnershipId(),
        Timestamp.from(scope.end()),
        Timestamp.from(scope.asAt()),
        scope.partnershipId(),
        Timestamp.from(openAfter),
        Timestamp.from(scope.end()),
        Timestamp.from(scope.asAt()),
        Timestamp.from(scope.start()),
        Date.valueOf(PERIOD.to()),
        PERIOD.to().getYear(),
        PERIOD.to().getMonthValue() * 100 + PERIOD.to().getDayOfMonth());
  }

  private static final String SPANS_BEFORE =
      """
      select s.child_id, s.district_id, s.sex, s.date_of_birth,
        case s.risk_level when 'HIGH' then 3 when 'MEDIUM' then 2 when 'LOW' then 1 else 0 end
          as lvl, s.first_at, s.placement_from, s.placement_to, s.placement_type,
        s.placement_responsibility, s.other_placements_to
      from risk_level_span s
      where s.partnership_id = ? and ENDED and s.from_at < ? and s.from_at <= ?
      """;

  static final String GROUPED_BY_CHILD =
      """
      select district_id, lvl, sex, age, placement_type, responsibility, new_child, count(*) as n
      from (
        select k.district_id, k.lvl, k.sex,
          case when k.other_placements_to is null or k.other_placements_to <= p.last_day then
            case when k.placement_from <= p.last_day
              and (k.placement_to is null or k.placement_to > p.last_day) then k.placement_type end
            else pl.placement_type end as placement_type,
          case when k.other_placements_to is null or k.other_placements_to <= p.last_day then
            case when k.placement_from <= p.last_day
              and (k.placement_to is null or k.placement_to > p.last_day)
              then k.placement_responsibility end
            else pl.responsibility end as responsibility,
          case when k.first_at >= p.start_at then 1 else 0 end as new_child,
          case when k.date_of_birth is null or k.date_of_birth > p.last_day then -1
            else cast(p.last_year - extract(year from k.date_of_birth)
              - case when extract(month from k.date_of_birth) * 100
                  + extract(day from k.date_of_birth) > p.last_month_day then 1 else 0 end
              as integer)
          end as age
        from (
          select s.child_id, s.district_id, s.sex, s.date_of_birth, s.placement_from,
            s.placement_to, s.placement_type, s.placement_responsibility, s.other_placements_to,
            max(s.lvl) as lvl, min(s.first_at) as first_at
          from (OPEN union all CLOSED) s
          group by s.child_id, s.district_id, s.sex, s.date_of_birth, s.placement_from,
            s.placement_to, s.placement_type, s.placement_responsibility, s.other_placements_to
        ) k
        cross join (select cast(? as timestamp with time zone) as start_at,
          cast(? as date) as last_day, cast(? as integer) as last_year,
          cast(? as integer) as last_month_day) p
        left join lateral (select pl.placement_type, pl.responsibility from child_placement pl
          where not (k.other_placements_to is null or k.other_placements_to <= p.last_day)
            and pl.child_id = k.child_id and pl.started_on <= p.last_day
            and (pl.ended_on is null or pl.ended_on > p.last_day) offset 0) pl on true
      ) x
      group by district_id, lvl, sex, age, placement_type, responsibility, new_child
      """
          .replace("OPEN", SPANS_BEFORE.replace("ENDED", "s.to_at is null"))
          .replace("CLOSED", SPANS_BEFORE.replace("ENDED", "s.to_at > ?"));

  private long count(String table, UUID partnership) {
    return jdbc.queryForObject(
        "select count(*) from " + table + " where partnership_id = ?", Long.class, partnership);
  }

  interface Run {
    void run() throws Exception;
  }

  /** One warm-up, then five timed runs in milliseconds, sorted. */
  /** After one warm-up, {@code bench.runs} timings in milliseconds, sorted. */
  static long[] time(Run run) throws Exception {
    run.run();
    long[] ms = new long[Integer.getInteger("bench.runs", 5)];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      run.run();
      ms[i] = (System.nanoTime() - t) / 1_000_000;
    }
    Arrays.sort(ms);
    return ms;
  }

  private void generate(GeneratedPartnership g) {
    // the child's number n gives everything: its id, district, first screening day and the rest
    String first =
        "(timestamp with time zone '2016-11-15 10:00+00' + ((cast(n as bigint) * 7919) % 3650) * interval '1 day')";
    g.children(
        "case when n % 10 < 8 then 'FEMALE' when n % 10 < 9 then 'MALE' else 'NOT_KNOWN' end",
        "case when n % 100 = 0 then null else cast("
            + first
            + " as date) - (2920 + (n * 31) % 3650) end",
        "@DISTRICTS@[1 + n % 4]",
        first);
    // where each child lives: one placement from the first screening (none for one in twenty)
    g.placements(
        """
        case n % 20 when 14 then 'FOSTER_CARE' when 15 then 'RESIDENTIAL'
          when 16 then 'SUPPORTED_ACCOMMODATION' when 17 then 'RESIDENTIAL'
          when 18 then 'FOSTER_CARE' else 'FAMILY_HOME' end""",
        """
        case n % 20 when 17 then 'PLACED_HERE_BY_ANOTHER_AUTHORITY'
          when 18 then 'OURS_PLACED_ELSEWHERE' else 'OURS' end""",
        "cast(" + first + " as date)",
        "cast(null as date)",
        "n % 20 <> 19");
    g.screenings(first, "(array['LOW','MEDIUM','HIGH'])[1 + n % 3]", "true");
    g.screenings(
        "(" + first + " + (90 + n % 180) * interval '1 day')",
        "(array['NONE','LOW','MEDIUM','HIGH'])[1 + (n / 2) % 4]",
        "n % 2 = 0");
    g.screenings("(" + first + " + (300 + n % 300) * interval '1 day')", "'NONE'", "n % 20 <> 0");
    spans.rebuildPartnership(p.id());
    // a panel in every district meeting monthly, minutes approved three days later
    g.monthlyPanels(
        "date '2016-11-10'",
        120,
        "'MINUTES_APPROVED'",
        "date '2016-11-13' + k * interval '1 month'");
    String meeting =
        "date '2016-11-10' + (cast(((cast(n as bigint) * 7919) % 3650) / 30.44 as integer)"
            + " + OFFSET) * interval '1 month'";
    String level = "(array['LOW','MEDIUM','HIGH'])[1 + n % 3]";
    g.presentations(
        meeting.replace("OFFSET", "1"), "@DISTRICTS@[1 + n % 4]", level, "'CONTINUE'", "n % 5 = 0");
    g.presentations(
        meeting.replace("OFFSET", "3"),
        "@DISTRICTS@[1 + n % 4]",
        level,
        "case when n % 20 = 0 then 'CLOSE' else 'CONTINUE' end",
        "n % 10 = 0");
    g.presentations(
        meeting.replace("OFFSET", "9"),
        "@DISTRICTS@[1 + n % 4]",
        level,
        "'CONTINUE'",
        "n % 40 = 0");
    g.run(
        """
        insert into missing_episode (id, partnership_id, child_id, district_id, police_reference,
          missing_from, missing_at, returned_at, risk_grading, recorded_by_agency_id, recorded_at,
          updated_at, interview_status, interview_completed_at, version)
        select gen_random_uuid(), '@PID@', @CHILD@, @DISTRICTS@[1 + n % 4], 'B' || n,
          case when n % 8 = 0 then 'SCHOOL' else 'HOME' end, @FIRST@ + interval '30 days',
          @FIRST@ + interval '31 days', 'MEDIUM', '@POLICE@', @FIRST@ + interval '30 days',
          @FIRST@ + interval '31 days',
          case when n % 8 = 0 then 'NOT_STATUTORY' when n % 3 = 0 then 'TO_OFFER' else 'COMPLETED' end,
          case when n % 8 <> 0 and n % 3 <> 0 then @FIRST@ + interval '31 days' + (n % 5) * interval '1 day' end,
          0
        from generate_series(1, @N@) n where @WHERE@
          and @FIRST@ + interval '31 days' < timestamp with time zone '2026-11-30'
        """
            .replace("@POLICE@", p.policeId().toString())
            .replace("@FIRST@", first),
        "n % 4 = 0");
    g.run(
        """
        insert into adult_person (id, partnership_id, given_name, family_name, match_key, created_at)
        select md5('adult@PID@' || n)::uuid, '@PID@', 'Bench', 'Adult' || n, 'bench' || n, now()
        from generate_series(1, @N@) n where @WHERE@
        """,
        "n % 200 = 0");
    g.run(
        """
        insert into abduction_notice (id, partnership_id, adult_id, served_on, expires_on,
          officer_name, circumstances, recorded_at, version)
        select md5('notice@PID@' || n)::uuid, '@PID@', md5('adult@PID@' || n)::uuid, cast(@FIRST@ as date),
          cast(@FIRST@ as date) + 730, 'Officer', 'Generated.', @FIRST@, 0
        from generate_series(1, @N@) n where @WHERE@
        """
            .replace("@FIRST@", first),
        "n % 200 = 0");
    g.run(
        """
        insert into abduction_notice_child (notice_id, child_id)
        select md5('notice@PID@' || n)::uuid, @CHILD@ from generate_series(1, @N@) n where @WHERE@
        """,
        "n % 200 = 0");
    for (String table :
        List.of(
            "child",
            "child_placement",
            "screening",
            "risk_level_span",
            "panel_meeting",
            "panel_presentation",
            "missing_episode",
            "abduction_notice",
            "abduction_notice_child")) {
      // vacuum as well: the children section's index-only scans need the visibility map current
      jdbc.execute("vacuum analyze " + table);
    }
  }
}
