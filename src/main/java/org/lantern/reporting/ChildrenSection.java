package org.lantern.reporting;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.people.PlacementType;
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
 * (in whole years on the period's last day), placement and district are the child's as recorded
 * now.
 */
@Component
class ChildrenSection implements ReportSection {

  static final int UNDER = 10;
  static final int ADULT = 18;

  private static final String LEVEL =
      "case s.risk_level when 'HIGH' then 3 when 'MEDIUM' then 2 when 'LOW' then 1 else 0 end";

  // One pass over the partnership's screenings up to the period's end: per child, the highest
  // level submitted in the period, the level of the latest one before it (its second, times ten,
  // plus its level: the largest is the latest, and its last digit the level), and the first time
  // they were screened at low or above.
  private static final String COHORT =
      """
      select district_id, lvl, sex, age, placement_type, new_child, count(*) as n from (
        select c.district_id, k.lvl, c.sex, pl.placement_type,
          case when k.first_tracked >= ? then 1 else 0 end as new_child,
          case when c.date_of_birth is null or c.date_of_birth > ? then -1
            else cast(? - extract(year from c.date_of_birth)
              - case when extract(month from c.date_of_birth) * 100
                  + extract(day from c.date_of_birth) > ? then 1 else 0 end as integer)
          end as age
        from (
          select child_id, first_tracked,
            greatest(coalesce(during, 0), coalesce(cast(mod(last_before, 10) as integer), 0)) as lvl
          from (
            select s.child_id,
              max(case when s.submitted_at >= ? then LEVEL end) as during,
              max(case when s.submitted_at < ?
                then cast(extract(epoch from s.submitted_at) as bigint) * 10 + LEVEL end) as last_before,
              min(case when s.risk_level in ('LOW', 'MEDIUM', 'HIGH') then s.submitted_at end)
                as first_tracked
            from screening s
            where s.partnership_id = ? and s.submitted_at is not null
              and s.submitted_at < ? and s.submitted_at <= ?
            group by s.child_id
          ) p
        ) k
        join child c on c.id = k.child_id
        left join child_placement pl on pl.child_id = c.id
          and pl.started_on <= ? and (pl.ended_on is null or pl.ended_on > ?)
        where k.lvl > 0
      ) x
      group by district_id, lvl, sex, age, placement_type, new_child
      """
          .replace("LEVEL", LEVEL);

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
  private record Group(
      UUID district,
      int level,
      Sex sex,
      int age,
      @Nullable PlacementType placement,
      boolean isNew,
      long n) {}

  @Override
  public List<Table> tables(Scope scope) {
    ReportPeriod period = scope.period();
    Timestamp start = Timestamp.from(scope.start());
    if (postgres) {
      // one child a group: enough memory to aggregate a large partnership by hashing, not sorting
      jdbc.execute("set local work_mem = '256MB'");
    }
    List<Group> groups =
        jdbc.query(
            COHORT,
            (rs, i) -> {
              String district = rs.getString("district_id");
              String placement = rs.getString("placement_type");
              return new Group(
                  district == null ? NO_DISTRICT : UUID.fromString(district),
                  rs.getInt("lvl"),
                  Sex.valueOf(rs.getString("sex")),
                  rs.getInt("age"),
                  placement == null ? null : PlacementType.valueOf(placement),
                  rs.getInt("new_child") == 1,
                  rs.getLong("n"));
            },
            start,
            java.sql.Date.valueOf(period.to()),
            period.to().getYear(),
            period.to().getMonthValue() * 100 + period.to().getDayOfMonth(),
            start,
            start,
            scope.partnershipId(),
            Timestamp.from(scope.end()),
            Timestamp.from(scope.asAt()),
            // where the child lived on the period's last day, from the placement history
            java.sql.Date.valueOf(period.to()),
            java.sql.Date.valueOf(period.to()));
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
    return tables;
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
      String title,
      List<Group> groups,
      List<C> categories,
      java.util.function.Function<C, String> label,
      In<C> in) {
    List<Row> rows = new ArrayList<>();
    for (C c : categories) {
      rows.add(Row.summed(label.apply(c), sum(groups, g -> in.test(g, c))));
    }
    return new Table(title, Kind.BREAKDOWN, rows, null);
  }

  private static Map<UUID, Long> sum(
      List<Group> groups, java.util.function.Predicate<Group> which) {
    Map<UUID, Long> counts = new HashMap<>();
    for (Group g : groups) {
      if (which.test(g)) {
        counts.merge(g.district(), g.n(), Long::sum);
      }
    }
    return counts;
  }
}
