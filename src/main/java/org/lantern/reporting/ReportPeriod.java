package org.lantern.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.lantern.platform.LanternTime;

/**
 * The days a period report covers, first and last included. A period never ends before it starts;
 * that it is not in the future is checked against the clock where one is asked for (the form).
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

  private static final DateTimeFormatter CODE = DateTimeFormatter.ISO_LOCAL_DATE;

  public ReportPeriod {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a period cannot end before it starts");
    }
  }

  /** The six months ending with the month before {@code today}'s (May to October, say). */
  public static ReportPeriod sixMonthsBefore(LocalDate today) {
    LocalDate end = today.withDayOfMonth(1).minusDays(1);
    return new ReportPeriod(end.withDayOfMonth(1).minusMonths(5), end);
  }

  /** The last financial year (April to March) that ended before {@code today}. */
  public static ReportPeriod financialYearBefore(LocalDate today) {
    int endYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    return new ReportPeriod(LocalDate.of(endYear - 1, 4, 1), LocalDate.of(endYear, 3, 31));
  }

  /** The same days a year earlier, for the year-on-year change. */
  public ReportPeriod yearEarlier() {
    return new ReportPeriod(from.minusYears(1), to.minusYears(1));
  }

  /** The first instant of the period (midnight in England). */
  public Instant start() {
    return from.atStartOfDay(LanternTime.ZONE).toInstant();
  }

  /** The first instant after it. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(LanternTime.ZONE).toInstant();
  }

  public boolean endsAfter(LocalDate today) {
    return to.isAfter(today);
  }

  /** The period as "2026-05-01 to 2026-10-31", for the audit log and file names. */
  public String code() {
    return CODE.format(from) + "_" + CODE.format(to);
  }

  public String label() {
    DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    return f.format(from) + " to " + f.format(to);
  }
}
