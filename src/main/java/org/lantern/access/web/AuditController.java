package org.lantern.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.lantern.access.AuditExport;
import org.lantern.access.BreakGlass;
import org.lantern.access.CurrentUser;
import org.lantern.platform.Texts;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Information governance: export the audit log, review break-glass access. */
@Controller
class AuditController {

  private final AuditExport export;
  private final BreakGlass breakGlass;
  private final Clock clock;

  AuditController(AuditExport export, BreakGlass breakGlass, Clock clock) {
    this.export = export;
    this.breakGlass = breakGlass;
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

  @GetMapping("/audit/break-glass")
  String reviews(CurrentUser user, Model model) {
    model.addAttribute("awaiting", breakGlass.awaitingReview(user));
    model.addAttribute("reviewed", breakGlass.recentlyReviewed(user));
    model.addAttribute("review", new BreakGlassReviewForm());
    return "access/break-glass-review";
  }

  @PostMapping("/audit/break-glass/{grantId}")
  String review(
      @PathVariable UUID grantId,
      @ModelAttribute("review") BreakGlassReviewForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    form.validate(errors);
    if (errors.hasErrors()) {
      model.addAttribute("awaiting", breakGlass.awaitingReview(user));
      model.addAttribute("reviewed", breakGlass.recentlyReviewed(user));
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
    return "redirect:/audit/break-glass";
  }
}
