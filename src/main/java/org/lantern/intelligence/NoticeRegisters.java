package org.lantern.intelligence;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.platform.FinancialQuarter;
import org.lantern.platform.LanternTime;
import org.lantern.platform.ListSearch;
import org.lantern.platform.ListSort;
import org.lantern.platform.Paged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of child abduction warning notices, a financial year at a time: the counts by month
 * and quarter (summed in SQL by day served), and the notices a page at a time (LIMIT and OFFSET),
 * searchable by the adult's or the officer's name and sorted by a column.
 */
@Service
public class NoticeRegisters {

  static final int PAGE_SIZE = 50;

  /** The register's sortable columns (served on, the adult, expires on): served on by default. */
  public static final Set<String> COLUMNS = Set.of("served", "adult", "expires");

  private static final Map<String, String> ORDER =
      Map.of(
          "served", "n.served_on %s, n.recorded_at %s, n.id %s",
          "adult",
              "lower(coalesce(a.family_name, a.given_name)) %s, lower(a.given_name) %s, n.id %s",
          "expires", "n.expires_on %s, n.served_on %s, n.id %s");

  private static final String FROM =
      " from abduction_notice n join adult_person a on a.id = n.adult_id"
          + " where n.partnership_id = ? and n.served_on >= ? and n.served_on < ?";

  private final JdbcTemplate jdbc;
  private final AccessPolicy policy;
  private final AuditLog audit;
  private final Clock clock;

  NoticeRegisters(JdbcTemplate jdbc, AccessPolicy policy, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /** What the person asked to see of the year's notices. */
  public record Query(int page, @Nullable String search, ListSort sort) {

    public static Query first() {
      return new Query(1, null, sort(null));
    }

    /** The sort asked for in the address ({@code served}, {@code adult-desc}, ...). */
    public static ListSort sort(@Nullable String typed) {
      return ListSort.of(typed, COLUMNS, "served", false);
    }

    public boolean filtered() {
      return !ListSearch.of(search).isBlank();
    }
  }

  /** The register for the financial year starting in April of {@code year}; audited. */
  @Transactional
  public NoticeRegister register(CurrentUser user, int year, Query query) {
    policy.requireRole(user, Permission.VIEW_ABDUCTION_NOTICES);
    LocalDate from = new FinancialQuarter(year, 1).start();
    Object[] span = {user.partnershipId(), Date.valueOf(from), Date.valueOf(from.plusYears(1))};
    NoticeRegister.Counts counts = counts(year, from, span);
    ListSearch search = ListSearch.of(query.search());
    String where = "";
    List<Object> args = new ArrayList<>(List.of(span));
    if (!search.isBlank()) {
      where =
          " and (lower(coalesce(a.given_name, '') || ' ' || coalesce(a.family_name, '')) like ? escape '\\'"
              + " or lower(n.officer_name) like ? escape '\\')";
      args.add(search.likePattern());
      args.add(search.likePattern());
    }
    Long found = jdbc.queryForObject("select count(*)" + FROM + where, Long.class, args.toArray());
    long matching = found == null ? 0 : found;
    int page = Paged.clamp(query.page(), PAGE_SIZE, matching);
    String way = query.sort().descending() ? "desc" : "asc";
    String order = ORDER.get(query.sort().column()).formatted(way, way, way);
    args.add(PAGE_SIZE);
    args.add((page - 1) * PAGE_SIZE);
    List<NoticeRow> rows =
        jdbc.query(
            """
            select n.id, n.served_on, n.expires_on, a.given_name, a.family_name, n.officer_name,
              (select count(*) from abduction_notice_child c where c.notice_id = n.id) as children
            """
                + FROM
                + where
                + " order by "
                + order
                + " limit ? offset ?",
            ROW,
            args.toArray());
    audit.record(
        user,
        AuditAction.VIEW_ABDUCTION_NOTICES,
        null,
        new RecordRef("ABDUCTION_NOTICE_REGISTER", String.valueOf(year)),
        "ROLE",
        "register of child abduction warning notices " + year + ", page " + page);
    return new NoticeRegister(
        year,
        counts.months(),
        counts.quarters(),
        counts.notices(),
        counts.children(),
        new Paged<>(rows, page, PAGE_SIZE, matching),
        query);
  }

  /** Every notice of the year, served first to last, for the register's CSV. */
  @Transactional(readOnly = true)
  public List<NoticeRow> every(CurrentUser user, int year) {
    policy.requireRole(user, Permission.VIEW_ABDUCTION_NOTICES);
    LocalDate from = new FinancialQuarter(year, 1).start();
    return jdbc.query(
        """
        select n.id, n.served_on, n.expires_on, a.given_name, a.family_name, n.officer_name,
          (select count(*) from abduction_notice_child c where c.notice_id = n.id) as children
        """
            + FROM
            + " order by n.served_on, n.recorded_at, n.id",
        ROW,
        user.partnershipId(),
        Date.valueOf(from),
        Date.valueOf(from.plusYears(1)));
  }

  /** Notices and children named, by month and quarter; months still to come are not listed. */
  private NoticeRegister.Counts counts(int year, LocalDate from, Object[] span) {
    Map<LocalDate, int[]> byDay = new TreeMap<>();
    jdbc.query(
        "select n.served_on, count(distinct n.id) as notices, count(c.notice_id) as children"
            + " from abduction_notice n left join abduction_notice_child c on c.notice_id = n.id"
            + " where n.partnership_id = ? and n.served_on >= ? and n.served_on < ?"
            + " group by n.served_on",
        rs -> {
          byDay.put(
              rs.getDate("served_on").toLocalDate(),
              new int[] {rs.getInt("notices"), rs.getInt("children")});
        },
        span);
    YearMonth thisMonth = YearMonth.now(clock.withZone(LanternTime.ZONE));
    List<NoticeRegister.Month> months = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      YearMonth month = YearMonth.from(from.plusMonths(m));
      if (month.isAfter(thisMonth)) {
        break;
      }
      int[] sum = sum(byDay, month.atDay(1), month.plusMonths(1).atDay(1));
      months.add(new NoticeRegister.Month(month, sum[0], sum[1]));
    }
    List<NoticeRegister.Quarter> quarters = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      FinancialQuarter quarter = new FinancialQuarter(year, q);
      if (YearMonth.from(quarter.start()).isAfter(thisMonth)) {
        break;
      }
      int[] sum = sum(byDay, quarter.start(), quarter.start().plusMonths(3));
      quarters.add(new NoticeRegister.Quarter(quarter, sum[0], sum[1]));
    }
    int[] all = sum(byDay, from, from.plusYears(1));
    return new NoticeRegister.Counts(months, quarters, all[0], all[1]);
  }

  private static int[] sum(Map<LocalDate, int[]> byDay, LocalDate from, LocalDate to) {
    int[] sum = new int[2];
    byDay.forEach(
        (day, n) -> {
          if (!day.isBefore(from) && day.isBefore(to)) {
            sum[0] += n[0];
            sum[1] += n[1];
          }
        });
    return sum;
  }

  private static final RowMapper<NoticeRow> ROW =
      (rs, i) ->
          new NoticeRow(
              rs.getObject("id", UUID.class),
              rs.getDate("served_on").toLocalDate(),
              rs.getDate("expires_on").toLocalDate(),
              new AdultDetails(rs.getString("given_name"), rs.getString("family_name"), null)
                  .name(),
              rs.getInt("children"),
              rs.getString("officer_name"));
}
