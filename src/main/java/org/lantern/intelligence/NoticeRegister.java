package org.lantern.intelligence;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.lantern.platform.FinancialQuarter;

/**
 * The notices served in one financial year: how many each month and each quarter (the table the
 * police report to the partnership), and each notice.
 */
public record NoticeRegister(
    int year, List<Month> months, List<Quarter> quarters, int total, List<NoticeRow> notices) {

  /** How many children the year's notices named, in all. */
  public int childrenNamed() {
    return notices.stream().mapToInt(NoticeRow::children).sum();
  }

  public record Month(YearMonth month, int notices, int children) {

    /** "November 2026". */
    public String label() {
      return month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
    }
  }

  public record Quarter(FinancialQuarter quarter, int notices, int children) {}

  public String financialYear() {
    return new FinancialQuarter(year, 1).financialYear();
  }
}
