package org.lantern.risk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.platform.DateRules;
import org.lantern.platform.QuarterChoice;
import org.lantern.platform.disclosure.ControlledCount;
import org.lantern.risk.ServiceFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The exploitation service's quarterly figures, as a page and as CSV, every count or the
 * wider-circulation version ({@code version=published}), chosen by quarter as the missing service's
 * figures are ({@link QuarterChoice}).
 */
@Controller
class ServiceFiguresController {

  private final ServiceFigures figures;
  private final DateRules dates;

  ServiceFiguresController(ServiceFigures figures, DateRules dates) {
    this.figures = figures;
    this.dates = dates;
  }

  @GetMapping("/service-referrals/figures")
  String page(
      @RequestParam(required = false) @Nullable String quarter,
      @RequestParam(required = false) @Nullable String version,
      CurrentUser user,
      Model model) {
    QuarterChoice chosen = QuarterChoice.of(quarter, dates);
    model.addAttribute("figures", figures.shown(user, chosen.quarter(), wantsFull(version)));
    model.addAttribute("mayChoose", figures.seesFullCounts(user));
    model.addAttribute("previous", chosen.previous());
    model.addAttribute("next", chosen.next());
    model.addAttribute("levels", ServiceFigures.LEVELS);
    return "risk/service-figures";
  }

  @GetMapping("/service-referrals/figures.csv")
  void csv(
      @RequestParam(required = false) @Nullable String quarter,
      @RequestParam(required = false) @Nullable String version,
      CurrentUser user,
      HttpServletResponse response)
      throws IOException {
    ServiceFigures.Shown f =
        figures.shown(user, QuarterChoice.of(quarter, dates).quarter(), wantsFull(version));
    String code = f.quarter().code();
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"service-figures-"
            + code
            + (f.published() ? "-published" : "")
            + ".csv\"");
    try (CSVPrinter csv = new CSVPrinter(response.getWriter(), CSVFormat.RFC4180)) {
      csv.printRecord("quarter", "measure", "category", "count");
      csv.printRecord(code, "referrals_received", "", f.received().display());
      rows(csv, code, "risk_ratings", f.ratings().counts());
      csv.printRecord(code, "risk_ratings", "total", f.ratings().total().display());
      csv.printRecord(code, "referrals_declined", "", f.declined().display());
      csv.printRecord(code, "children_worked_with", "", f.childrenWorkedWith().display());
      rows(csv, code, "closures", f.closures().counts());
      csv.printRecord(code, "closures", "total", f.closures().total().display());
    }
    response.flushBuffer();
  }

  private static void rows(
      CSVPrinter csv, String code, String measure, Map<? extends Enum<?>, ControlledCount> counts)
      throws IOException {
    for (var e : counts.entrySet()) {
      csv.printRecord(
          code, measure, e.getKey().name().toLowerCase(Locale.ROOT), e.getValue().display());
    }
  }

  /** Every count unless the wider-circulation version was asked for. */
  private static boolean wantsFull(@Nullable String version) {
    return !"published".equals(version);
  }
}
