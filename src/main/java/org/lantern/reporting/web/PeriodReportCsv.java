package org.lantern.reporting.web;

import java.io.IOException;
import org.apache.commons.csv.CSVPrinter;
import org.lantern.platform.Texts;
import org.lantern.reporting.PeriodReport;

/** The report as one row per section, table, row and area, with every figure the page shows. */
final class PeriodReportCsv {

  interface Text {
    String of(String key, Object... args);
  }

  private PeriodReportCsv() {}

  static void write(CSVPrinter csv, PeriodReport report, Text text) throws IOException {
    csv.printRecord(
        "period_from",
        "period_to",
        "audience",
        "data_as_at",
        "section",
        "table",
        "row",
        "area",
        "count",
        "percent",
        "same_period_year_earlier",
        "change",
        "change_percent");
    for (PeriodReport.Section s : report.sections()) {
      for (PeriodReport.Figures t : s.tables()) {
        for (PeriodReport.Line l : t.lines()) {
          for (int a = 0; a < report.areas().size(); a++) {
            PeriodReport.Area area = report.areas().get(a);
            PeriodReport.Cell c = l.cells().get(a);
            csv.printRecord(
                report.period().from(),
                report.period().to(),
                report.audience().name(),
                report.asAt(),
                Texts.spreadsheetSafe(text.of(s.titleKey())),
                Texts.spreadsheetSafe(text.of(t.titleKey())),
                Texts.spreadsheetSafe(text.of(l.labelKey(), l.labelArgs().toArray())),
                Texts.spreadsheetSafe(areaName(area, text)),
                c.count(),
                c.percent(),
                c.yearEarlier(),
                c.change().replace('−', '-'),
                c.changePercent().replace('−', '-'));
          }
        }
      }
    }
  }

  static String areaName(PeriodReport.Area area, Text text) {
    return switch (area.kind()) {
      case PARTNERSHIP -> text.of("report.period.area.partnership");
      case NO_DISTRICT -> text.of("report.period.area.none");
      case AUTHORITY -> text.of("report.period.area.authority", area.name());
      case DISTRICT -> area.name() == null ? "" : area.name();
    };
  }
}
