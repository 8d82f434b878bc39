package org.lantern.intelligence;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.lantern.platform.FinancialQuarter;
import org.lantern.platform.Paged;

/**
 * The notices served in one financial year: how many each month and each quarter (the table the
 * police report to the partnership), and a page of the notices themselves.
 *
 * @param total the notices served in the year
 * @param childrenNamed how many children the year's notices named, in all
 * @param notices the page of notices shown (searched and sorted as asked)
 */
public record NoticeRegister(
    int year,
    List<Month> months,
    List<Quarter> quarters,
    int total,
    int childrenNamed,
    Paged<NoticeRow> notices,
    NoticeRegisters.Query query) {

  public record Month(YearMonth month, int notices, int children) {

    /** "November 2026". */
    public String label() {
      return month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
    }
  }

  public record Quarter(FinancialQuarter quarter, int notices, int children) {}

  record Counts(List<Month> months, List<Quarter> quarters, int notices, int children) {}

  public String financialYear() {
    return new FinancialQuarter(year, 1).financialYear();
  }
}
