package org.lantern.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.platform.DateInput;
import org.lantern.platform.pdf.PdfRenderer;
import org.lantern.platform.pdf.PdfResponse;
import org.lantern.reporting.Audience;
import org.lantern.reporting.PeriodReport;
import org.lantern.reporting.PeriodReports;
import org.lantern.reporting.ReportPeriod;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The partnership's period data report: the form (period and audience), the report on the page, and
 * the same report as CSV and PDF. Each asks the access policy for the audience's permission.
 */
@Controller
class PeriodReportController {

  private final PeriodReports reports;
  private final AccessPolicy policy;
  private final PdfRenderer pdf;
  private final MessageSource messages;

  PeriodReportController(
      PeriodReports reports, AccessPolicy policy, PdfRenderer pdf, MessageSource messages) {
    this.reports = reports;
    this.policy = policy;
    this.pdf = pdf;
    this.messages = messages;
  }

  @GetMapping("/reports/period")
  String page(
      @ModelAttribute("form") PeriodForm form,
      BindingResult result,
      @RequestParam(name = "asAt", required = false) @Nullable String asAt,
      CurrentUser user,
      Model model) {
    List<Audience> audiences = allowed(user);
    LocalDate today = reports.today();
    model.addAttribute("audiences", audiences);
    model.addAttribute("sixMonths", ReportPeriod.sixMonthsBefore(today));
    model.addAttribute("year", ReportPeriod.financialYearBefore(today));
    model.addAttribute("firstAudience", audiences.get(0));
    model.addAttribute("mayManage", policy.roleAllows(user, Permission.MANAGE_REPORT_THRESHOLDS));
    if (!form.sent()) {
      return "reporting/period-report";
    }
    PeriodForm.Chosen chosen = form.validate(result, today, audiences);
    if (chosen != null) {
      model.addAttribute(
          "report", reports.report(user, chosen.period(), chosen.audience(), instant(asAt)));
    }
    return "reporting/period-report";
  }

  @GetMapping("/reports/period.csv")
  void csv(
      @RequestParam String from,
      @RequestParam String to,
      @RequestParam String audience,
      @RequestParam(name = "asAt", required = false) @Nullable String asAt,
      CurrentUser user,
      HttpServletResponse response)
      throws IOException {
    PeriodReport report = report(user, from, to, audience, asAt);
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + fileName(report) + ".csv\"");
    Writer out = response.getWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      PeriodReportCsv.write(csv, report, this::text);
    }
    response.flushBuffer();
  }

  @GetMapping("/reports/period.pdf")
  ResponseEntity<byte[]> pdf(
      @RequestParam String from,
      @RequestParam String to,
      @RequestParam String audience,
      @RequestParam(name = "asAt", required = false) @Nullable String asAt,
      CurrentUser user) {
    PeriodReport report = report(user, from, to, audience, asAt);
    String title = text("report.period.heading", report.period().label());
    byte[] bytes =
        pdf.render(
            "reporting/period-report-pdf", Map.of("report", report, "title", title), Locale.UK);
    return PdfResponse.attachment(fileName(report) + ".pdf", bytes);
  }

  /** The audiences this person may read; none is refused (and audited) as the published one. */
  private List<Audience> allowed(CurrentUser user) {
    List<Audience> audiences = reports.audiences(user);
    if (audiences.isEmpty()) {
      policy.requireRole(user, Permission.VIEW_PUBLISHED_PERIOD_REPORT);
    }
    return audiences;
  }

  /** The report a download link asks for: its dates in ISO form, as the page wrote them. */
  private PeriodReport report(
      CurrentUser user, String from, String to, String audience, @Nullable String asAt) {
    Audience chosen;
    try {
      chosen = Audience.valueOf(audience);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no such audience");
    }
    policy.requireRole(user, chosen.permission());
    if (DateInput.parseIso(from) instanceof DateInput.Valid(LocalDate start)
        && DateInput.parseIso(to) instanceof DateInput.Valid(LocalDate end)
        && !end.isBefore(start)
        && !end.isAfter(reports.today())) {
      return reports.report(user, new ReportPeriod(start, end), chosen, instant(asAt));
    }
    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a period that has ended");
  }

  private static @Nullable Instant instant(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a date and time");
    }
  }

  private static String fileName(PeriodReport report) {
    return "period-report-"
        + report.period().from()
        + "-to-"
        + report.period().to()
        + "-"
        + report.audience().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }
}
