package org.lantern.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lantern.intelligence.NoticesServed;
import org.springframework.stereotype.Component;

/**
 * Child abduction warning notices (counted by intelligence, {@link NoticesServed}) in the
 * partnership's period data report: the notices served in each month of the period. A district
 * counts a notice that names one of its children (so one notice naming children of two districts
 * counts in both, and once in the partnership's total).
 */
@Component
class NoticeReportSection implements ReportSection {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private final NoticesServed notices;

  NoticeReportSection(NoticesServed notices) {
    this.notices = notices;
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
        notices
            .between(
                scope.partnershipId(), scope.period().from(), scope.period().to(), scope.asAt())
            .stream()
            .map(
                n ->
                    new Served(
                        n.noticeId(),
                        YearMonth.from(n.servedOn()),
                        n.districtId() == null ? NO_DISTRICT : n.districtId()))
            .toList();
    List<Row> rows = new ArrayList<>();
    LocalDate first = scope.period().from().withDayOfMonth(1);
    for (YearMonth m = YearMonth.from(first);
        !m.isAfter(YearMonth.from(scope.period().to()));
        m = m.plusMonths(1)) {
      YearMonth month = m;
      Map<UUID, Set<UUID>> byDistrict = new HashMap<>();
      Set<UUID> all = new HashSet<>();
      for (Served s : served) {
        if (s.month().equals(month)) {
          byDistrict.computeIfAbsent(s.district(), k -> new HashSet<>()).add(s.notice());
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
