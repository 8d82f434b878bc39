package org.lantern.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.lantern.people.Sex;
import org.lantern.risk.RiskLevel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the district panels saw in the period, from minutes the chair approved by the data's date:
 * children at their initial panel (their first presentation ever was in the period) by the level
 * recorded there and by sex; children re-referred (presented again after the panel closed them);
 * children escalated to a county manager (their third presentation without a reduction was in the
 * period). Counted in the district the child lived in when presented (a panel may cover several).
 */
@Component
class PanelSection implements ReportSection {

  // Presentations in approved minutes by the data's date: "pp" in a meeting "pm" of the period, and
  // (for the one before it) "p2" in "m2". Only the period's meetings are read, each presentation's
  // earlier ones through the child's index: no pass over every presentation ever made.
  private static final String IN_PERIOD =
      """
      from panel_presentation pp
      join panel_meeting pm on pm.id = pp.meeting_id
      join child c on c.id = pp.child_id
      where pm.partnership_id = ? and pm.status = 'MINUTES_APPROVED' and pm.approved_at <= ?
        and pm.meeting_on >= ? and pm.meeting_on <= ?
      """;

  private static final String EARLIER =
      """
      from panel_presentation p2
      join panel_meeting m2 on m2.id = p2.meeting_id
      where p2.child_id = pp.child_id and m2.status = 'MINUTES_APPROVED' and m2.approved_at <= ?
        and (m2.meeting_on < pm.meeting_on or (m2.meeting_on = pm.meeting_on and p2.id < pp.id))
      """;

  private static final String INITIAL =
      """
      select pp.district_id, pp.level, c.sex, count(*) as n
      """
          + IN_PERIOD
          + """
        and not exists (select 1
      """
          + EARLIER
          + """
        )
      group by pp.district_id, pp.level, c.sex
      """;

  private static final String RE_REFERRED =
      """
      select pp.district_id, count(distinct pp.child_id) as n
      """
          + IN_PERIOD
          + """
        and 'CLOSE' = (select p2.decision
      """
          + EARLIER
          + """
          order by m2.meeting_on desc, p2.id desc fetch first 1 rows only)
      group by pp.district_id
      """;

  // The same as INITIAL and RE_REFERRED, for every period asked for in one statement: each
  // presentation in one of the periods' meetings is read once, with the decision of the child's
  // presentation before it (none: their initial panel; CLOSE: re-referred), and only the initial
  // ones are joined to the child for their sex. That decision is carried on the row
  // (earlier_decision, kept in step by triggers: db/migration V20261218100000): the child's latest
  // presentation before this one in approved minutes, and when those were approved
  // (earlier_approved_at). It is the answer for any data date on or after that approval (the
  // minutes approved by then are some of those approved now, and it is the latest of all of
  // those); for an earlier data date (minutes approved after the data date, out of date order) the
  // presentation before is looked up as it was. Presentation decisions are never empty, so "no
  // decision before" is "no presentation before".
  private static final String BOTH =
      """
      with presented as (
        select p.period, pp.district_id, pp.level, pp.child_id,
          case when pp.earlier_approved_at is null or pp.earlier_approved_at <= ?
            then pp.earlier_decision
            else (select p2.decision
      """
          + EARLIER
          + """
            order by m2.meeting_on desc, p2.id desc fetch first 1 rows only) end as decision_before
        from panel_presentation pp
        join panel_meeting pm on pm.id = pp.meeting_id
        join (@PERIODS@) p on pm.meeting_on >= p.first_day and pm.meeting_on <= p.last_day
        where pm.partnership_id = ? and pm.status = 'MINUTES_APPROVED' and pm.approved_at <= ?
      )
      select 'I' as kind, x.period, x.district_id, x.level, c.sex, count(*) as n
      from presented x join child c on c.id = x.child_id
      where x.decision_before is null
      group by x.period, x.district_id, x.level, c.sex
      union all
      select 'R' as kind, y.period, y.district_id, cast(null as varchar(20)) as level,
        cast(null as varchar(20)) as sex, count(distinct y.child_id) as n
      from presented y
      where y.decision_before = 'CLOSE'
      group by y.period, y.district_id
      """;

  private static final String ESCALATED =
      """
      select e.district_id, count(distinct e.child_id) as n
      from panel_escalation e
      join panel_presentation pp on pp.id = e.third_presentation_id
      join panel_meeting pm on pm.id = pp.meeting_id
      where e.partnership_id = ? and e.opened_at <= ? and pm.meeting_on >= ? and pm.meeting_on <= ?
      group by e.district_id
      """;

  private final JdbcTemplate jdbc;
  private final boolean postgres;

  PanelSection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.postgres = SharedScopes.postgres(jdbc);
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public String titleKey() {
    return "report.period.section.panel";
  }

  private record Initial(UUID district, RiskLevel level, Sex sex, long n) {}

  @Override
  public List<Table> tables(Scope scope) {
    return tables(List.of(scope)).get(0);
  }

  /** Every period's tables from one statement (and one for each period's escalations). */
  @Override
  public List<List<Table>> tables(List<Scope> scopes) {
    return SharedScopes.counted(scopes, this::tablesTogether);
  }

  /** The report's two periods are counted in one statement (less work than two). */
  @Override
  public boolean periodsTogether() {
    return true;
  }

  private List<List<Table>> tablesTogether(List<Scope> scopes) {
    Scope first = scopes.get(0);
    if (postgres) {
      // The statement's estimated cost (a look-up for each presentation) is above PostgreSQL's
      // threshold for compiling it (JIT), which took longer than running it (1.4 s at a million
      // children); it runs in well under that without.
      jdbc.execute("set local jit = off");
    }
    Timestamp asAt = Timestamp.from(first.asAt());
    List<String> periods = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    // the data date for the presentation before (carried, or looked up: this comes first in the
    // statement)
    args.add(asAt);
    args.add(asAt);
    for (int i = 0; i < scopes.size(); i++) {
      periods.add(
          "select " + i + " as period, cast(? as date) as first_day, cast(? as date) as last_day");
      args.add(Date.valueOf(scopes.get(i).period().from()));
      args.add(Date.valueOf(scopes.get(i).period().to()));
    }
    args.add(first.partnershipId());
    args.add(asAt);
    List<List<Initial>> initial = new ArrayList<>();
    List<Map<UUID, Long>> reReferred = new ArrayList<>();
    for (int i = 0; i < scopes.size(); i++) {
      initial.add(new ArrayList<>());
      reReferred.add(new HashMap<>());
    }
    jdbc.query(
        BOTH.replace("@PERIODS@", String.join(" union all ", periods)),
        rs -> {
          int period = rs.getInt("period");
          UUID district = UUID.fromString(rs.getString("district_id"));
          if ("I".equals(rs.getString("kind"))) {
            initial
                .get(period)
                .add(
                    new Initial(
                        district,
                        RiskLevel.valueOf(rs.getString("level")),
                        Sex.valueOf(rs.getString("sex")),
                        rs.getLong("n")));
          } else {
            reReferred.get(period).put(district, rs.getLong("n"));
          }
        },
        args.toArray());
    List<List<Table>> all = new ArrayList<>();
    for (int i = 0; i < scopes.size(); i++) {
      Scope scope = scopes.get(i);
      Map<UUID, Long> escalated =
          byDistrict(
              ESCALATED,
              scope.partnershipId(),
              asAt,
              Date.valueOf(scope.period().from()),
              Date.valueOf(scope.period().to()));
      all.add(tables(initial.get(i), reReferred.get(i), escalated));
    }
    return all;
  }

  /**
   * The section's tables for one period counted the way they were before they were counted for both
   * periods at once: the reference the one-statement count is tested against.
   */
  List<Table> tablesOneByOne(Scope scope) {
    Timestamp asAt = Timestamp.from(scope.asAt());
    Date from = Date.valueOf(scope.period().from());
    Date to = Date.valueOf(scope.period().to());
    List<Initial> initial =
        jdbc.query(
            INITIAL,
            (rs, i) ->
                new Initial(
                    UUID.fromString(rs.getString("district_id")),
                    RiskLevel.valueOf(rs.getString("level")),
                    Sex.valueOf(rs.getString("sex")),
                    rs.getLong("n")),
            scope.partnershipId(),
            asAt,
            from,
            to,
            asAt);
    Map<UUID, Long> reReferred =
        byDistrict(RE_REFERRED, scope.partnershipId(), asAt, from, to, asAt);
    Map<UUID, Long> escalated = byDistrict(ESCALATED, scope.partnershipId(), asAt, from, to);
    return tables(initial, reReferred, escalated);
  }

  private static List<Table> tables(
      List<Initial> initial, Map<UUID, Long> reReferred, Map<UUID, Long> escalated) {
    List<Table> tables = new ArrayList<>();
    List<Row> levels = new ArrayList<>();
    for (RiskLevel level :
        List.of(RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.NONE)) {
      levels.add(Row.summed(level.messageKey(), sum(initial, i -> i.level() == level)));
    }
    tables.add(new Table("report.period.table.initialLevel", Kind.BREAKDOWN, levels, null));
    List<Row> sexes = new ArrayList<>();
    for (Sex sex : Sex.values()) {
      sexes.add(Row.summed(sex.messageKey(), sum(initial, i -> i.sex() == sex)));
    }
    tables.add(new Table("report.period.table.initialSex", Kind.BREAKDOWN, sexes, null));
    tables.add(
        new Table(
            "report.period.table.panelFlow",
            Kind.COUNTS,
            List.of(
                Row.summed("report.period.reReferred", reReferred),
                Row.summed("report.period.escalated", escalated)),
            null));
    return tables;
  }

  private Map<UUID, Long> byDistrict(String sql, Object... args) {
    Map<UUID, Long> counts = new HashMap<>();
    jdbc.query(
        sql,
        rs -> {
          counts.put(UUID.fromString(rs.getString("district_id")), rs.getLong("n"));
        },
        args);
    return counts;
  }

  private static Map<UUID, Long> sum(List<Initial> initial, Predicate<Initial> which) {
    Map<UUID, Long> counts = new HashMap<>();
    for (Initial i : initial) {
      if (which.test(i)) {
        counts.merge(i.district(), i.n(), Long::sum);
      }
    }
    return counts;
  }
}
