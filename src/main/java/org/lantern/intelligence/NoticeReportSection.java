package org.lantern.intelligence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.lantern.reporting.ReportSection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Child abduction warning notices in the partnership's period data report: the notices served in
 * each month of the period. A district counts a notice that names one of its children (so one
 * notice naming children of two districts counts in both, and once in the partnership's total).
 */
@Component
class NoticeReportSection implements ReportSection {

  private static final String SERVED =
      """
      select n.id, n.served_on, c.district_id
      from abduction_notice n
      left join abduction_notice_child nc on nc.notice_id = n.id
      left join child c on c.id = nc.child_id
      where n.partnership_id = ? and n.served_on >= ? and n.served_on <= ? and n.recorded_at <= ?
      """;

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private final JdbcTemplate jdbc;

  NoticeReportSection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public String titleKey() {
    return "notice.report.title";
  }

  private record Served(UUID notice, YearMonth month, UUID district) {}

  @Override
  public List<Table> tables(Scope scope) {
    List<Served> served =
        jdbc.query(
            SERVED,
            (rs, i) -> {
              String d = rs.getString("district_id");
              return new Served(
                  UUID.fromString(rs.getString("id")),
                  YearMonth.from(rs.getDate("served_on").toLocalDate()),
                  d == null ? NO_DISTRICT : UUID.fromString(d));
            },
            scope.partnershipId(),
            Date.valueOf(scope.period().from()),
            Date.valueOf(scope.period().to()),
            Timestamp.from(scope.asAt()));
    List<Row> rows = new ArrayList<>();
    LocalDate first = scope.period().from().withDayOfMonth(1);
    for (YearMonth m = YearMonth.from(first);
        !m.isAfter(YearMonth.from(scope.period().to()));
        m = m.plusMonths(1)) {
      YearMonth month = m;
      Map<UUID, java.util.Set<UUID>> byDistrict = new HashMap<>();
      java.util.Set<UUID> all = new java.util.HashSet<>();
      for (Served s : served) {
        if (s.month().equals(month)) {
          byDistrict.computeIfAbsent(s.district(), k -> new java.util.HashSet<>()).add(s.notice());
          all.add(s.notice());
        }
      }
      Map<UUID, Long> counts = new HashMap<>();
      byDistrict.forEach((d, notices) -> counts.put(d, (long) notices.size()));
      rows.add(new Row("notice.report.month", List.of(MONTH.format(month)), counts, all.size()));
    }
    return List.of(new Table("notice.report.byMonth", Kind.COUNTS, rows, null));
  }
}
