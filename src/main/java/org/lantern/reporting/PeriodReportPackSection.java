package org.lantern.reporting;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.lantern.platform.pdf.PdfRenderer;
import org.lantern.scrutiny.PackSection;
import org.springframework.stereotype.Component;

/**
 * The period data report as a section of the committee pack: the six months ending with the month
 * before the meeting (or before today, for a pack assembled ahead of a meeting whose six months
 * have not yet ended), for part A with small counts hidden at the published threshold and for part
 * B in full. Read as the officer assembling the pack, so the reading is audited as theirs.
 */
@Component
class PeriodReportPackSection implements PackSection {

  private final PeriodReports reports;
  private final PdfRenderer renderer;

  PeriodReportPackSection(PeriodReports reports, PdfRenderer renderer) {
    this.reports = reports;
    this.renderer = renderer;
  }

  @Override
  public String key() {
    return "PERIOD_REPORT";
  }

  @Override
  public String titleKey() {
    return "report.pack.title";
  }

  @Override
  public int order() {
    return 5;
  }

  /** The six months the pack for a meeting on this day reports. */
  static ReportPeriod periodFor(LocalDate meetingOn, LocalDate today) {
    return ReportPeriod.sixMonthsBefore(meetingOn.isAfter(today) ? today : meetingOn);
  }

  @Override
  public String html(Request request) {
    Audience audience =
        switch (request.audience()) {
          case PART_A -> Audience.PUBLIC;
          case PART_B -> Audience.COMMITTEE_EXEMPT;
        };
    PeriodReport report =
        reports.report(
            request.user(), periodFor(request.meetingOn(), reports.today()), audience, null);
    return renderer.html("reporting/sections/period-report", Map.of("report", report), Locale.UK);
  }
}
