package org.lantern.reporting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.platform.pdf.PdfRenderer;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Where the period report's PDF spends its time beyond counting: the PDF's HTML (Thymeleaf) and the
 * PDF made from it (openhtmltopdf) for a report of four districts. The figures do not depend on the
 * number of children (the tables and charts have the same rows whatever the counts), so the
 * partnership is empty. Not part of {@code ./mvnw verify}: run with {@code ./mvnw -Pbench test
 * -Dtest=PeriodReportPdfBenchmark -Dlantern.test.db.url=...}.
 */
@Tag("benchmark")
@IntegrationTest
class PeriodReportPdfBenchmark {

  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired PeriodReports reports;
  @Autowired PdfRenderer pdf;

  @Test
  void renderingAlone() throws Exception {
    TestPartnership p = fixtures.partnership();
    for (String name : List.of("East", "South", "West")) {
      directory.createDistrict(p.id(), name + " " + p.suffix());
    }
    PeriodReport report =
        reports.report(
            p.user(Role.STRATEGIC_LEAD),
            new ReportPeriod(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 10, 31)),
            Audience.PUBLIC,
            null);
    Map<String, Object> model = Map.of("report", report, "title", "Period data report");
    int runs = Integer.getInteger("bench.runs", 10);
    long[] html = time(runs, () -> pdf.html("reporting/period-report-pdf", model, Locale.UK));
    long[] whole = time(runs, () -> pdf.render("reporting/period-report-pdf", model, Locale.UK));
    String result =
        String.format(
            "PDF's HTML (Thymeleaf) ms: %s%nPDF (HTML and openhtmltopdf) ms: %s%n"
                + "PDF bytes: %d; load average: %s%n",
            Arrays.toString(html),
            Arrays.toString(whole),
            pdf.render("reporting/period-report-pdf", model, Locale.UK).length,
            Files.readString(Path.of("/proc/loadavg")).trim());
    System.out.println(result);
    Files.writeString(Path.of("target/period-report-pdf-benchmark.txt"), result);
  }

  interface Run {
    Object run() throws Exception;
  }

  private static long[] time(int runs, Run run) throws Exception {
    run.run();
    long[] ms = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      run.run();
      ms[i] = (System.nanoTime() - t) / 1_000_000;
    }
    Arrays.sort(ms);
    return ms;
  }
}
