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
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
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

  private static final String LEVEL =
      "case s.risk_level when 'HIGH' then 3 when 'MEDIUM' then 2 when 'LOW' then 1 else 0 end";

  // Only the spans that overlap the period (risk.LevelSpans: one per screening at low or above, to
  // the child's next screening, each with the child's district, sex and date of birth): per child,
  // the highest level in force in the period, and the first time they were screened at low or
  // above. A span whose end was submitted after the data date was still open then, so a span counts
  // when it ends after the earlier of the period's start and the data date. Open spans and ended
  // ones are read apart so that each is an index-only scan on PostgreSQL (an "or" with "is null"
  // would read the table); the placement on the period's last day likewise reads an index alone.
  // The child table is not read.
  private static final String SPANS =
      """
      select s.child_id, s.district_id, s.sex, s.date_of_birth, LEVEL as lvl, s.first_at
      from risk_level_span s
      where s.partnership_id = ? and ENDED and s.from_at < ? and s.from_at <= ?
      """
          .replace("LEVEL", LEVEL);

  private static final String COHORT =
      """
      select district_id, lvl, sex, age, placement_type, responsibility, new_child, count(*) as n
      from (
        select k.district_id, k.lvl, k.sex, pl.placement_type, pl.responsibility,
          case when k.first_at >= ? then 1 else 0 end as new_child,
          case when k.date_of_birth is null or k.date_of_birth > ? then -1
            else cast(? - extract(year from k.date_of_birth)
              - case when extract(month from k.date_of_birth) * 100
                  + extract(day from k.date_of_birth) > ? then 1 else 0 end as integer)
          end as age
        from (
          select s.child_id, s.district_id, s.sex, s.date_of_birth, max(s.lvl) as lvl,
            min(s.first_at) as first_at
          from (OPEN union all CLOSED) s
          group by s.child_id, s.district_id, s.sex, s.date_of_birth
        ) k
        left join child_placement pl on pl.child_id = k.child_id
          and pl.started_on <= ? and (pl.ended_on is null or pl.ended_on > ?)
      ) x
      group by district_id, lvl, sex, age, placement_type, responsibility, new_child
      """
          .replace("OPEN", SPANS.replace("ENDED", "s.to_at is null"))
          .replace("CLOSED", SPANS.replace("ENDED", "s.to_at > ?"));

  private final JdbcTemplate jdbc;
  private final boolean postgres;

  ChildrenSection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.postgres =
        Boolean.TRUE.equals(
            jdbc.execute(
                (ConnectionCallback<Boolean>)
                    c -> "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())));
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
    ReportPeriod period = scope.period();
    Timestamp end = Timestamp.from(scope.end());
    Timestamp asAt = Timestamp.from(scope.asAt());
    if (postgres) {
      // one child a group: enough memory to aggregate a large partnership by hashing, not sorting
      jdbc.execute("set local work_mem = '256MB'");
    }
    return jdbc.query(
        COHORT,
        (rs, i) -> Group.of(rs),
        Timestamp.from(scope.start()),
        Date.valueOf(period.to()),
        period.to().getYear(),
        period.to().getMonthValue() * 100 + period.to().getDayOfMonth(),
        // spans still open
        scope.partnershipId(),
        end,
        asAt,
        // spans ended after the earlier of the period's start and the data date
        scope.partnershipId(),
        Timestamp.from(min(scope.start(), scope.asAt())),
        end,
        asAt,
        // where the child lived on the period's last day, from the placement history
        Date.valueOf(period.to()),
        Date.valueOf(period.to()));
  }

  @Override
  public List<Table> tables(Scope scope) {
    List<Group> groups = groups(scope);
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
