package org.lantern.risk;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.ListSearch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tracker in SQL: each child's current (latest submitted) screening at low, medium or high, of
 * the partnership, only the person's team's when they may not see every team; filtered, searched by
 * the child's name, sorted by a column and cut to a page (LIMIT and OFFSET), so that a page reads
 * only the children it shows. Callers check and audit.
 */
@Component
class TrackerListing {

  /** The current screenings on the tracker, with what the filters and sorts need. */
  private static final String CURRENT =
      """
       from screening s join child c on c.id = s.child_id
       left join district d on d.id = c.district_id
       left join team t on t.id = s.team_id
       where s.partnership_id = ? and s.submitted_at is not null
         and s.risk_level in ('LOW', 'MEDIUM', 'HIGH')
         and s.submitted_at = (select max(l.submitted_at) from screening l
                               where l.child_id = s.child_id and l.submitted_at is not null)
      """;

  private static final String LEVEL =
      "case s.risk_level when 'HIGH' then 3 when 'MEDIUM' then 2 else 1 end";

  /** The child's name, then the child and the screening: the last words of every order. */
  private static final List<String> BY_NAME =
      List.of("lower(c.family_name)", "lower(c.given_name)", "c.id", "s.id");

  /**
   * Whose rows a person sees: every team's, or one team's (none for someone in no team).
   *
   * @param teamId the person's team, when they may not see every team
   */
  record Scope(UUID partnershipId, boolean everyTeam, @Nullable UUID teamId) {}

  /** How many rows match, and how many of them are overdue for review. */
  record Counted(long matching, long overdue) {}

  /** A team's figures for compliance: its tracker children and those compliant. */
  record TeamCount(@Nullable UUID teamId, long children, long compliant) {}

  private record Where(String sql, List<Object> args) {}

  private final JdbcTemplate jdbc;

  TrackerListing(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Counted count(Scope scope, TrackerFilter filter, LocalDate today) {
    Where where = where(scope, filter, today);
    List<Object> args = new ArrayList<>(List.of(Date.valueOf(today)));
    args.addAll(where.args());
    return jdbc.queryForObject(
        "select count(*), coalesce(sum(case when s.review_due_on < ? then 1 else 0 end), 0)"
            + where.sql(),
        (rs, n) -> new Counted(rs.getLong(1), rs.getLong(2)),
        args.toArray());
  }

  /** The screening ids of one page of rows, in the order asked. */
  List<UUID> page(Scope scope, TrackerFilter filter, LocalDate today, int limit, long offset) {
    Where where = where(scope, filter, today);
    List<Object> args = new ArrayList<>(where.args());
    args.add(limit);
    args.add(offset);
    return jdbc.queryForList(
        "select s.id" + where.sql() + " order by " + order(filter, today) + " limit ? offset ?",
        UUID.class,
        args.toArray());
  }

  /** The screening ids of every row that matches, in the order asked (for exports). */
  List<UUID> all(Scope scope, TrackerFilter filter, LocalDate today) {
    Where where = where(scope, filter, today);
    return jdbc.queryForList(
        "select s.id" + where.sql() + " order by " + order(filter, today),
        UUID.class,
        where.args().toArray());
  }

  /** Each team's tracker children and how many are signed off and not past review. */
  List<TeamCount> compliance(Scope scope, LocalDate today) {
    Where where = where(scope, TrackerFilter.none(), today);
    List<Object> args = new ArrayList<>(List.of(Date.valueOf(today)));
    args.addAll(where.args());
    return jdbc.query(
        "select s.team_id, count(*), coalesce(sum(case when s.status = 'SIGNED_OFF'"
            + " and (s.review_due_on is null or s.review_due_on >= ?) then 1 else 0 end), 0)"
            + where.sql()
            + " group by s.team_id",
        (rs, n) -> new TeamCount(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3)),
        args.toArray());
  }

  /** The teams of the partnership's current screenings, at any level. */
  List<UUID> teams(UUID partnershipId) {
    return jdbc.queryForList(
        """
        select distinct s.team_id from screening s
        where s.partnership_id = ? and s.submitted_at is not null and s.team_id is not null
          and s.submitted_at = (select max(l.submitted_at) from screening l
                                where l.child_id = s.child_id and l.submitted_at is not null)
        """,
        UUID.class,
        partnershipId);
  }

  private static Where where(Scope scope, TrackerFilter f, LocalDate today) {
    StringBuilder sql = new StringBuilder(CURRENT);
    List<Object> args = new ArrayList<>(List.of(scope.partnershipId()));
    if (!scope.everyTeam()) {
      sql.append(scope.teamId() == null ? " and 1 = 0" : " and s.team_id = ?");
      if (scope.teamId() != null) {
        args.add(scope.teamId());
      }
    }
    if (f.districts() != null) {
      if (f.districts().isEmpty()) {
        sql.append(" and 1 = 0");
      } else {
        sql.append(" and c.district_id in (")
            .append(String.join(", ", Collections.nCopies(f.districts().size(), "?")))
            .append(")");
        args.addAll(f.districts());
      }
    }
    if (f.team() != null) {
      sql.append(" and s.team_id = ?");
      args.add(f.team());
    }
    if (f.level() != null) {
      sql.append(" and s.risk_level = ?");
      args.add(f.level().name());
    }
    if (f.sex() != null) {
      sql.append(" and c.sex = ?");
      args.add(f.sex().name());
    }
    if (f.ageBand() != null) {
      sql.append(" and ").append(ageBand(f.ageBand(), today));
    }
    if (f.placement() != null) {
      sql.append(
          " and exists (select 1 from child_placement p where p.child_id = c.id"
              + " and p.placement_type = ? and p.started_on <= ?"
              + " and (p.ended_on is null or p.ended_on > ?))");
      args.add(f.placement().name());
      args.add(Date.valueOf(today));
      args.add(Date.valueOf(today));
    }
    if (f.overdueOnly()) {
      sql.append(" and s.review_due_on < ?");
      args.add(Date.valueOf(today));
    }
    ListSearch search = ListSearch.of(f.search());
    if (!search.isBlank()) {
      sql.append(" and lower(c.given_name || ' ' || c.family_name) like ? escape '\\'");
      args.add(search.likePattern());
    }
    return new Where(sql.toString(), args);
  }

  /**
   * The child's age in whole years today, as {@link AgeBand} and the page count it (a birthday on
   * 29 February falls on 1 March in other years); null when the date of birth is not known. Today's
   * figures are numbers from the clock, never typed, so they are written into the SQL.
   */
  private static String age(LocalDate today) {
    return ("(%d - extract(year from c.date_of_birth) - case when extract(month from"
            + " c.date_of_birth) * 100 + extract(day from c.date_of_birth) > %d then 1 else 0 end)")
        .formatted(today.getYear(), today.getMonthValue() * 100 + today.getDayOfMonth());
  }

  private static String ageBand(AgeBand band, LocalDate today) {
    String age = age(today);
    return switch (band) {
      case UNDER_10 -> age + " < 10";
      case FROM_10_TO_12 -> age + " between 10 and 12";
      case FROM_13_TO_15 -> age + " between 13 and 15";
      case FROM_16_TO_17 -> age + " between 16 and 17";
      case ADULT -> age + " >= 18";
      case NOT_KNOWN -> "c.date_of_birth is null";
    };
  }

  /**
   * The order asked, each column with the child's name after it: by level, highest first, then by
   * name; by review date, none last; by age, not known first. Descending turns all of it round.
   */
  private static String order(TrackerFilter filter, LocalDate today) {
    List<String> asc = new ArrayList<>();
    List<String> desc = new ArrayList<>();
    switch (filter.sort()) {
      case NAME -> {}
      case LEVEL -> asc.add(LEVEL);
      case AGE -> asc.add("case when c.date_of_birth is null then -1 else " + age(today) + " end");
      case DISTRICT -> asc.add("coalesce(d.name, '')");
      case TEAM -> asc.add("coalesce(t.name, '')");
      case REVIEW -> {
        asc.add("case when s.review_due_on is null then 1 else 0 end");
        asc.add("s.review_due_on");
      }
    }
    // by level, children of a level run Z to A, so that turned round (highest first) it is A to Z
    (filter.sort() == TrackerSort.LEVEL ? desc : asc).addAll(BY_NAME);
    List<String> terms = new ArrayList<>();
    String up = filter.descending() ? " desc" : " asc";
    String down = filter.descending() ? " asc" : " desc";
    for (String e : asc) {
      terms.add(e + up);
    }
    for (String e : desc) {
      terms.add(e + down);
    }
    return String.join(", ", terms);
  }
}
