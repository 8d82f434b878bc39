package org.lantern.missing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.missing.MissingFigures;
import org.lantern.missing.ShownFigures;
import org.lantern.platform.DateRules;
import org.lantern.platform.FinancialQuarter;
import org.lantern.platform.QuarterChoice;
import org.lantern.platform.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The missing service's quarterly figures, per district, as a page and as CSV. */
@Controller
class FiguresController {

  private final MissingFigures figures;
  private final DateRules dates;

  FiguresController(MissingFigures figures, DateRules dates) {
    this.figures = figures;
    this.dates = dates;
  }

  @GetMapping("/missing/figures")
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
    return "missing/figures";
  }

  @GetMapping("/missing/figures.csv")
  void csv(
      @RequestParam(required = false) @Nullable String quarter,
      @RequestParam(required = false) @Nullable String version,
      CurrentUser user,
      HttpServletResponse response)
      throws IOException {
    FinancialQuarter q = QuarterChoice.of(quarter, dates).quarter();
    ShownFigures f = figures.shown(user, q, wantsFull(version));
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"missing-figures-"
            + q.code()
            + (f.published() ? "-published" : "")
            + ".csv\"");
    Writer out = response.getWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(
          "quarter",
          "district",
          "notifications",
          "children",
          "returned",
          "interviews_offered",
          "interviews_completed",
          "completed_within_72_hours",
          "top_factors",
          "missing_from_school",
          "children_missing_from_school");
      List<ShownFigures.Line> lines = new ArrayList<>(f.districts());
      lines.add(f.total());
      for (ShownFigures.Line l : lines) {
        csv.printRecord(
            q.code(),
            Texts.spreadsheetSafe(l.district() == null ? "All districts" : l.district()),
            l.notifications().display(),
            l.children().display(),
            l.returned().display(),
            l.offered().display(),
            l.completed().display(),
            l.withinWindow().display(),
            Texts.spreadsheetSafe(
                l.topFactors().stream()
                    .map(t -> t.label() + " (" + t.count().display() + ")")
                    .collect(Collectors.joining("; "))),
            l.fromSchool().display(),
            l.childrenFromSchool().display());
      }
    }
    response.flushBuffer();
  }

  /** Every count unless the wider-circulation version was asked for. */
  private static boolean wantsFull(@Nullable String version) {
    return !"published".equals(version);
  }
}
