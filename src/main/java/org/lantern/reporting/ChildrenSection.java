package org.lantern.reporting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.lantern.people.PlacementType;
import org.lantern.people.Responsibility;
import org.lantern.people.Sex;
import org.lantern.risk.RiskLevel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The children at low, medium or high risk in the period, counted in the database from dated
 * screenings (see docs/reports.md): a child counts when a screening at low, medium or high was in
 * force at some time in the period (the latest before the period, or one submitted in it), at the
 * highest such level; "new" when their first screening at low or above was in the period. Sex, age
 * (in whole years on the period's last day) and district are the child's as recorded now (carried
 * on the level spans); the placement is the one in force on the period's last day.
 */
@Component
class ChildrenSection implements ReportSection {

  static final int UNDER = 10;
  static final int ADULT = 18;

  // The highest level in force in the period, from the child's last span in it: high when that
  // span is high or the child's latest earlier span at high ended after the period began (or the
  // data date, if earlier), else medium likewise, else low. A child's spans never overlap and each
  // ends when the next screening is submitted, so the spans before the last one that are in the
  // period are exactly those that end after :openAfter, and their highest level is told by when
  // the latest at each level ended (risk.LevelSpans carries both on every span).
  private static final String LEVEL =
      """
      case when s.risk_level = 'HIGH' or s.previous_high_to_at > :openAfter then 3
        when s.risk_level = 'MEDIUM' or s.previous_medium_to_at > :openAfter then 2
        when s.risk_level = 'LOW' then 1 else 0 end""";

  // Only the spans that overlap the period (risk.LevelSpans: one per screening at low or above, to
  // the child's next screening, each with the child's district, sex, date of birth and placement
  // history in brief), and of them only the child's last one in the period: the one after it (if
  // any) starts at the period's end or later, or after the data date. So each child at risk is one
  // row, and nothing is grouped by child. A span whose end was submitted after the data date was
  // still open then, so a span counts when it ends after the earlier of the period's start and the
  // data date (:openAfter), and starts before the period's end and by the data date. Open spans and
  // ended ones are read apart so that each is an index-only scan on PostgreSQL (an "or" with "is
  // null" would read the table). The child table is not read, nor the placements but for children
  // who moved after the period's last day. One period a statement: the report counts the year
  // earlier in another, at the same time (ReportCounting).
  private static final String SPANS =
      """
      select s.child_id, s.district_id, s.sex, s.date_of_birth, s.placement_from, s.placement_to,
        s.placement_type, s.placement_responsibility, s.other_placements_to, LEVEL as lvl,
        s.first_at
      from risk_level_span s
      where s.partnership_id = :partnership and @ENDED@ and s.from_at < :end
        and s.from_at <= :asAt
        and (s.next_from_at is null or s.next_from_at >= :end or s.next_from_at > :asAt)
      """
          .replace("LEVEL", LEVEL);

  private static final String COHORT =
      """
      select district_id, lvl, sex, age, placement_type, responsibility, new_child, count(*) as n
      from (
        select k.district_id, k.lvl, k.sex,
          case when @LATEST_ONLY@ then
            case when @LATEST_IN_FORCE@ then k.placement_type end
            else pl.placement_type end as placement_type,
          case when @LATEST_ONLY@ then
            case when @LATEST_IN_FORCE@ then k.placement_responsibility end
            else pl.responsibility end as responsibility,
          case when k.first_at >= p.start_at then 1 else 0 end as new_child,
          case when k.date_of_birth is null or k.date_of_birth > p.last_day then -1
            else cast(p.last_year - @PART@(year from k.date_of_birth)
              - case when @PART@(month from k.date_of_birth) * 100
                  + @PART@(day from k.date_of_birth) > p.last_month_day then 1 else 0 end
              as integer)
          end as age
        from (@OPEN@ union all @CLOSED@) k
        cross join (select cast(:start as timestamp with time zone) as start_at,
          cast(:lastDay as date) as last_day, cast(:lastYear as integer) as last_year,
          cast(:lastMonthDay as integer) as last_month_day) p
        @HISTORY@
      ) x
      group by district_id, lvl, sex, age, placement_type, responsibility, new_child
      """;

  // The placement on a period's last day, from the child's placement history in brief on the
  // spans (risk.LevelSpans: the latest placement, and when the child's other placements had all
  // ended): when the others had all ended by that day, it is the latest placement if in force then,
  // else none. Only for a child with another placement still in force that day (one who moved
  // after it) is the history itself read, through the child's index ("offset 0" keeps it a look-up
  // per child, made only for those children, not a join that hashes every placement).
  private static final String LATEST_ONLY =
      "k.other_placements_to is null or k.other_placements_to <= p.last_day";

  private static final String LATEST_IN_FORCE =
      "k.placement_from <= p.last_day and (k.placement_to is null or k.placement_to > p.last_day)";

  private static final String ON_THE_DAY =
      "pl.child_id = k.child_id and pl.started_on <= p.last_day"
          + " and (pl.ended_on is null or pl.ended_on > p.last_day)";

  // PostgreSQL: a look-up made only when needed; H2 (the demo's, with no lateral) joins
  private static final String HISTORY_POSTGRES =
      "left join lateral (select pl.placement_type, pl.responsibility from child_placement pl"
          + " where not (@LATEST_ONLY@) and @ON_THE_DAY@ offset 0) pl on true";

  private static final String HISTORY_H2 =
      "left join child_placement pl on not (@LATEST_ONLY@) and @ON_THE_DAY@";

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final boolean postgres;

  ChildrenSection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.postgres = SharedScopes.postgres(jdbc);
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public String titleKey() {
    return "report.period.section.children";
  }

  /** One group of children with the same categories. */
  record Group(
      UUID district,
      int level,
      Sex sex,
      int age,
      @Nullable PlacementType placement,
      @Nullable Responsibility responsibility,
      boolean isNew,
      long n) {

    static Group of(ResultSet rs) throws SQLException {
      String district = rs.getString("district_id");
      String placement = rs.getString("placement_type");
      String responsibility = rs.getString("responsibility");
      return new Group(
          district == null ? NO_DISTRICT : UUID.fromString(district),
          rs.getInt("lvl"),
          Sex.valueOf(rs.getString("sex")),
          rs.getInt("age"),
          placement == null ? null : PlacementType.valueOf(placement),
          responsibility == null ? null : Responsibility.valueOf(responsibility),
          rs.getInt("new_child") == 1,
          rs.getLong("n"));
    }
  }

  /** The children at risk in the period, counted in groups of the same categories. */
  List<Group> groups(Scope scope) {
    if (postgres) {
      // enough memory to aggregate by hashing, not sorting; and no JIT compilation: the
      // statement's estimated cost (a look-up for each child, almost never made) is above
      // PostgreSQL's threshold for compiling it, which cost more CPU than it saved
      // (docs/performance.md)
      jdbc.execute("set local work_mem = '256MB'");
      jdbc.execute("set local jit = off");
    }
    ReportPeriod period = scope.period();
    String open = SPANS.replace("@ENDED@", "s.to_at is null");
    String closed = SPANS.replace("@ENDED@", "s.to_at > :openAfter");
    String sql =
        COHORT
            .replace("@OPEN@", open)
            .replace("@CLOSED@", closed)
            .replace("@HISTORY@", postgres ? HISTORY_POSTGRES : HISTORY_H2)
            .replace("@ON_THE_DAY@", ON_THE_DAY)
            .replace("@LATEST_ONLY@", LATEST_ONLY)
            .replace("@LATEST_IN_FORCE@", LATEST_IN_FORCE)
            // PostgreSQL's extract is numeric, and its arithmetic took about a sixth of the
            // statement's CPU; date_part is double precision, exact for these whole numbers
            .replace("@PART@(year from", postgres ? "date_part('year'," : "extract(year from")
            .replace("@PART@(month from", postgres ? "date_part('month'," : "extract(month from")
            .replace("@PART@(day from", postgres ? "date_part('day'," : "extract(day from");
    MapSqlParameterSource parameters =
        new MapSqlParameterSource()
            .addValue("partnership", scope.partnershipId())
            .addValue("asAt", Timestamp.from(scope.asAt()))
            .addValue("end", Timestamp.from(scope.end()))
            .addValue("openAfter", Timestamp.from(min(scope.start(), scope.asAt())))
            // the period's start, last day and its year, month and day
            .addValue("start", Timestamp.from(scope.start()))
            .addValue("lastDay", Date.valueOf(period.to()))
            .addValue("lastYear", period.to().getYear())
            .addValue(
                "lastMonthDay", period.to().getMonthValue() * 100 + period.to().getDayOfMonth());
    return named.query(sql, parameters, (rs, i) -> Group.of(rs));
  }

  @Override
  public List<Table> tables(Scope scope) {
    return tablesOf(groups(scope));
  }

  private static List<Table> tablesOf(List<Group> groups) {
    List<Table> tables = new ArrayList<>();
    Table levels =
        breakdown(
            "report.period.table.level",
            groups,
            List.of(RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW),
            l -> l.messageKey(),
            (g, l) -> g.level() == l.ordinal());
    tables.add(levels);
    Row atRisk = Row.summed("report.period.atRisk", sum(groups, g -> true));
    tables.add(
        new Table(
            "report.period.table.new",
            Kind.COUNTS,
            List.of(Row.summed("report.period.new", sum(groups, Group::isNew))),
            atRisk));
    tables.add(
        breakdown(
            "report.period.table.sex",
            groups,
            List.of(Sex.values()),
            Sex::messageKey,
            (g, s) -> g.sex() == s));
    tables.add(singleYears(groups));
    tables.add(
        breakdown(
            "report.period.table.ageBand",
            groups,
            List.of(CountedChild.AgeBand.values()),
            b -> "report.age." + b.name(),
            (g, b) -> band(g.age()) == b));
    List<PlacementType> placements = new ArrayList<>(List.of(PlacementType.values()));
    placements.add(null);
    tables.add(
        breakdown(
            "report.period.table.placement",
            groups,
            placements,
            p -> p == null ? "report.placement.NOT_RECORDED" : p.messageKey(),
            (g, p) -> g.placement() == p));
    // the "of which" split: of the children at risk, those another authority placed here and ours
    // living in another authority's area (seed 002 para 78)
    List<Row> ofWhich = new ArrayList<>();
    for (Responsibility r : List.of(Responsibility.values())) {
      if (r.otherAuthority()) {
        ofWhich.add(Row.summed(r.messageKey(), sum(groups, g -> g.responsibility() == r)));
      }
    }
    tables.add(new Table("report.period.table.responsibility", Kind.COUNTS, ofWhich, atRisk));
    return tables;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Table singleYears(List<Group> groups) {
    List<Row> rows = new ArrayList<>();
    rows.add(
        Row.summed("report.period.age.under", sum(groups, g -> g.age() >= 0 && g.age() < UNDER)));
    for (int age = UNDER; age < ADULT; age++) {
      int a = age;
      Map<UUID, Long> counts = sum(groups, g -> g.age() == a);
      rows.add(
          new Row(
              "report.period.age.single",
              List.of(Integer.toString(age)),
              counts,
              counts.values().stream().mapToLong(Long::longValue).sum()));
    }
    rows.add(Row.summed("report.period.age.adult", sum(groups, g -> g.age() >= ADULT)));
    rows.add(Row.summed("report.period.age.notKnown", sum(groups, g -> g.age() < 0)));
    return new Table("report.period.table.age", Kind.BREAKDOWN, rows, null);
  }

  static CountedChild.AgeBand band(int age) {
    if (age < 0) {
      return CountedChild.AgeBand.NOT_KNOWN;
    }
    if (age < 10) {
      return CountedChild.AgeBand.UNDER_10;
    }
    if (age <= 12) {
      return CountedChild.AgeBand.AGED_10_TO_12;
    }
    if (age <= 15) {
      return CountedChild.AgeBand.AGED_13_TO_15;
    }
    return age <= 17 ? CountedChild.AgeBand.AGED_16_TO_17 : CountedChild.AgeBand.AGED_18_AND_OVER;
  }

  private interface In<C> {
    boolean test(Group g, C category);
  }

  private static <C> Table breakdown(
      String title, List<Group> groups, List<C> categories, Function<C, String> label, In<C> in) {
    List<Row> rows = new ArrayList<>();
    for (C c : categories) {
      rows.add(Row.summed(label.apply(c), sum(groups, g -> in.test(g, c))));
    }
    return new Table(title, Kind.BREAKDOWN, rows, null);
  }

  private static Map<UUID, Long> sum(List<Group> groups, Predicate<Group> which) {
    Map<UUID, Long> counts = new HashMap<>();
    for (Group g : groups) {
      if (which.test(g)) {
        counts.merge(g.district(), g.n(), Long::sum);
      }
    }
    return counts;
  }
}
