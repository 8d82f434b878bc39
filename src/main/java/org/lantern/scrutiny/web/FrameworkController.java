package org.lantern.scrutiny.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.platform.FinancialQuarter;
import org.lantern.platform.Texts;
import org.lantern.platform.pdf.PdfRenderer;
import org.lantern.platform.pdf.PdfResponse;
import org.lantern.scrutiny.OutcomeViews;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The outcomes framework (page, CSV, PDF) and the KPI dashboard. */
@Controller
class FrameworkController {

  private final OutcomeViews outcomes;
  private final PdfRenderer pdf;
  private final MessageSource messages;

  FrameworkController(OutcomeViews outcomes, PdfRenderer pdf, MessageSource messages) {
    this.outcomes = outcomes;
    this.pdf = pdf;
    this.messages = messages;
  }

  @GetMapping("/scrutiny/framework")
  String page(
      @RequestParam(name = "to", required = false) @Nullable String to,
      CurrentUser user,
      Model model) {
    FinancialQuarter last = last(to);
    model.addAttribute("framework", outcomes.framework(user, last, OutcomeViews.QUARTERS));
    model.addAttribute("last", last);
    return "scrutiny/framework";
  }

  @GetMapping("/scrutiny/framework/csv")
  void csv(
      @RequestParam(name = "to", required = false) @Nullable String to,
      CurrentUser user,
      HttpServletResponse response)
      throws IOException {
    FinancialQuarter last = last(to);
    OutcomeViews.Framework f = outcomes.framework(user, last, OutcomeViews.QUARTERS);
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"outcomes-framework-" + last.code() + ".csv\"");
    try (CSVPrinter csv = new CSVPrinter(response.getWriter(), CSVFormat.RFC4180)) {
      csv.printRecord(
          "indicator",
          "reported_by",
          "unit",
          "direction",
          "target",
          "quarter",
          "figure",
          "rag",
          "comment");
      for (OutcomeViews.Row r : f.rows()) {
        for (OutcomeViews.Cell c : r.cells()) {
          if (c.version() == null) {
            continue;
          }
          var d = c.version().definition();
          csv.printRecord(
              Texts.spreadsheetSafe(d.name()),
              Texts.spreadsheetSafe(r.group().isEmpty() ? "Lantern" : r.group()),
              d.unit().name(),
              d.direction().name(),
              d.target() == null ? "" : d.target().stripTrailingZeros().toPlainString(),
              c.quarter().code(),
              c.text(),
              c.rag().name(),
              Texts.spreadsheetSafe(c.comment() == null ? "" : c.comment()));
        }
      }
    }
    response.flushBuffer();
  }

  @GetMapping("/scrutiny/framework/pdf")
  ResponseEntity<byte[]> pdf(
      @RequestParam(name = "to", required = false) @Nullable String to, CurrentUser user) {
    FinancialQuarter last = last(to);
    OutcomeViews.Framework f = outcomes.framework(user, last, OutcomeViews.QUARTERS);
    String title =
        messages.getMessage("scrutiny.framework.pdfTitle", new Object[] {last.code()}, Locale.UK);
    byte[] bytes =
        pdf.render("scrutiny/framework-pdf", Map.of("framework", f, "title", title), Locale.UK);
    return PdfResponse.attachment("outcomes-framework-" + last.code() + ".pdf", bytes);
  }

  @GetMapping("/scrutiny/kpis")
  String kpis(CurrentUser user, Model model) {
    model.addAttribute("framework", outcomes.kpis(user));
    return "scrutiny/kpis";
  }

  private FinancialQuarter last(@Nullable String to) {
    FinancialQuarter lastEnded = outcomes.lastEnded();
    FinancialQuarter asked = to == null ? null : FinancialQuarter.parse(to).orElse(null);
    return asked == null || asked.code().compareTo(lastEnded.code()) > 0 ? lastEnded : asked;
  }
}
