package org.lantern.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AuditExport;
import org.lantern.access.BreakGlass;
import org.lantern.access.BreakGlassReviews;
import org.lantern.access.CurrentUser;
import org.lantern.platform.ListSearch;
import org.lantern.platform.QueryParams;
import org.lantern.platform.Texts;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Information governance: export the audit log, review break-glass access. */
@Controller
class AuditController {

  private final AuditExport export;
  private final BreakGlass breakGlass;
  private final BreakGlassReviews reviews;
  private final Clock clock;

  AuditController(
      AuditExport export, BreakGlass breakGlass, BreakGlassReviews reviews, Clock clock) {
    this.export = export;
    this.breakGlass = breakGlass;
    this.reviews = reviews;
    this.clock = clock;
  }

  @GetMapping("/audit")
  String audit(@ModelAttribute("export") AuditExportForm form, CurrentUser user, Model model) {
    model.addAttribute("awaitingReview", breakGlass.awaitingReviewCount(user));
    return "access/audit";
  }

  @GetMapping("/audit/export")
  String export(
      @ModelAttribute("export") AuditExportForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      HttpServletResponse response)
      throws IOException {
    form.validate(errors, clock);
    if (errors.hasErrors()) {
      model.addAttribute("awaitingReview", breakGlass.awaitingReviewCount(user));
      return "access/audit";
    }
    response.setContentType("text/csv");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"lantern-"
            + (form.isAdministrativeOnly() ? "administrative-changes-" : "audit-")
            + form.fromDate()
            + "-to-"
            + form.toDate()
            + ".csv\"");
    // Sent only once the export's audit row is committed: nothing leaves that is not recorded.
    StringWriter csv = new StringWriter();
    export.writeCsv(user, form.fromDate(), form.toDate(), form.isAdministrativeOnly(), csv);
    response.getWriter().write(csv.toString());
    return null;
  }

  /** The uses of emergency access awaiting review, a page at a time, searched by name. */
  @GetMapping("/audit/break-glass")
  String reviews(
      @RequestParam(defaultValue = "1") String page,
      @RequestParam(required = false) @Nullable String search,
      CurrentUser user,
      Model model) {
    awaiting(user, query(page, search), model);
    model.addAttribute("review", new BreakGlassReviewForm());
    return "access/break-glass-review";
  }

  /** The uses already reviewed, last reviewed first, a page at a time, searched by name. */
  @GetMapping("/audit/break-glass/reviewed")
  String reviewed(
      @RequestParam(defaultValue = "1") String page,
      @RequestParam(required = false) @Nullable String search,
      CurrentUser user,
      Model model) {
    BreakGlassReviews.Query query = query(page, search);
    model.addAttribute("reviewed", reviews.reviewed(user, query));
    model.addAttribute("query", query);
    return "access/break-glass-reviewed";
  }

  private static BreakGlassReviews.Query query(String page, @Nullable String search) {
    return new BreakGlassReviews.Query(
        QueryParams.page(page), ListSearch.of(search).isBlank() ? null : search.strip());
  }

  private void awaiting(CurrentUser user, BreakGlassReviews.Query query, Model model) {
    model.addAttribute("awaiting", reviews.awaiting(user, query));
    model.addAttribute("query", query);
  }

  @PostMapping("/audit/break-glass/{grantId}")
  String review(
      @PathVariable UUID grantId,
      @ModelAttribute("review") BreakGlassReviewForm form,
      BindingResult errors,
      @RequestParam(name = "listPage", defaultValue = "1") String page,
      @RequestParam(name = "listSearch", required = false) @Nullable String search,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    BreakGlassReviews.Query query = query(page, search);
    form.validate(errors);
    if (errors.hasErrors()) {
      awaiting(user, query, model);
      model.addAttribute("failedGrant", grantId);
      return "access/break-glass-review";
    }
    try {
      breakGlass.review(
          user, grantId, form.getVersion(), form.getOutcome(), Texts.clean(form.getNote()));
      redirect.addFlashAttribute("reviewedOk", true);
    } catch (ObjectOptimisticLockingFailureException e) {
      redirect.addFlashAttribute("reviewConflict", true);
    }
    if (query.page() > 1) {
      redirect.addAttribute("page", query.page());
    }
    if (query.search() != null) {
      redirect.addAttribute("search", query.search());
    }
    return "redirect:/audit/break-glass";
  }
}
