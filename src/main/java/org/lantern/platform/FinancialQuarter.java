package org.lantern.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of the financial year public bodies in England report by: Q1 is April to June, Q4 is
 * January to March of the next calendar year. Written {@code 2026-Q1} (the year it starts in).
 *
 * @param year the calendar year the financial year starts in (2026 for 2026/27)
 * @param number 1 to 4
 */
public record FinancialQuarter(int year, int number) {

  private static final Pattern CODE = Pattern.compile("(\\d{4})-Q([1-4])");

  public FinancialQuarter {
    if (number < 1 || number > 4) {
      throw new IllegalArgumentException("A quarter is 1 to 4");
    }
  }

  public static FinancialQuarter of(LocalDate date) {
    int month = date.getMonthValue();
    int year = month >= 4 ? date.getYear() : date.getYear() - 1;
    int number = month >= 4 ? (month - 4) / 3 + 1 : 4;
    return new FinancialQuarter(year, number);
  }

  public static Optional<FinancialQuarter> parse(String code) {
    Matcher m = CODE.matcher(code == null ? "" : code.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new FinancialQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
  }

  /** The first day of the quarter. */
  public LocalDate start() {
    return number == 4
        ? LocalDate.of(year + 1, Month.JANUARY, 1)
        : LocalDate.of(year, 4 + (number - 1) * 3, 1);
  }

  /** The day after the quarter ends. */
  public LocalDate end() {
    return start().plusMonths(3);
  }

  public Instant startInstant() {
    return start().atStartOfDay(LanternTime.ZONE).toInstant();
  }

  public Instant endInstant() {
    return end().atStartOfDay(LanternTime.ZONE).toInstant();
  }

  public FinancialQuarter previous() {
    return number == 1 ? new FinancialQuarter(year - 1, 4) : new FinancialQuarter(year, number - 1);
  }

  public FinancialQuarter next() {
    return number == 4 ? new FinancialQuarter(year + 1, 1) : new FinancialQuarter(year, number + 1);
  }

  /** "2026-Q1". */
  public String code() {
    return year + "-Q" + number;
  }

  /** "2026/27". */
  public String financialYear() {
    return year + "/" + String.format("%02d", (year + 1) % 100);
  }
}
