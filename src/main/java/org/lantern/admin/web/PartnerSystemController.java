package org.lantern.admin.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.ApiClientCredentials;
import org.lantern.access.ApiScope;
import org.lantern.access.CurrentUser;
import org.lantern.access.PartnershipStructure;
import org.lantern.access.Permission;
import org.lantern.access.UnitView.UnitKind;
import org.lantern.admin.AccountRuleBroken;
import org.lantern.admin.PartnerSystemAdministration;
import org.lantern.admin.PartnerSystemAdministration.NewSystem;
import org.lantern.platform.LanternTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Partner systems in the browser: the list (scopes, expiry, last used), registering one (its secret
 * shown once on the page that answers), a new secret with an overlap, revocation.
 */
@Controller
class PartnerSystemController {

  private final AccessPolicy policy;
  private final PartnerSystemAdministration administration;
  private final PartnershipStructure structure;
  private final Clock clock;

  PartnerSystemController(
      AccessPolicy policy,
      PartnerSystemAdministration administration,
      PartnershipStructure structure,
      Clock clock) {
    this.policy = policy;
    this.administration = administration;
    this.structure = structure;
    this.clock = clock;
  }

  @GetMapping("/admin/partner-systems")
  String list(CurrentUser user, Model model) {
    model.addAttribute("systems", administration.list(user));
    model.addAttribute("now", clock.instant());
    return "admin/partner-systems";
  }

  @GetMapping("/admin/partner-systems/new")
  String adding(CurrentUser user, Model model) {
    policy.requireRole(user, Permission.MANAGE_PARTNER_SYSTEMS);
    return form(user, new PartnerSystemForm(), model);
  }

  @PostMapping("/admin/partner-systems/new")
  String register(
      @ModelAttribute("system") PartnerSystemForm form,
      BindingResult errors,
      CurrentUser user,
      Model model) {
    policy.requireRole(user, Permission.MANAGE_PARTNER_SYSTEMS);
    NewSystem system = form.validate(errors, LocalDate.now(clock.withZone(LanternTime.ZONE)));
    if (system == null) {
      return form(user, form, model);
    }
    try {
      return secret(administration.register(user, system), model);
    } catch (AccountRuleBroken broken) {
      errors.rejectValue(broken.field(), broken.messageKey());
      return form(user, form, model);
    }
  }

  @GetMapping("/admin/partner-systems/{clientId}")
  String one(@PathVariable UUID clientId, CurrentUser user, Model model) {
    model.addAttribute("client", administration.one(user, clientId));
    model.addAttribute("now", clock.instant());
    return "admin/partner-system";
  }

  @PostMapping("/admin/partner-systems/{clientId}/rotate")
  String rotate(
      @PathVariable UUID clientId,
      @RequestParam(name = "overlapHours", required = false) @Nullable String overlapHours,
      CurrentUser user,
      Model model) {
    var client = administration.one(user, clientId);
    int hours = hours(overlapHours);
    if (hours < 0) {
      model.addAttribute("client", client);
      model.addAttribute("now", clock.instant());
      model.addAttribute("overlapError", true);
      return "admin/partner-system";
    }
    return secret(
        administration.rotate(user, clientId, clock.instant().plus(Duration.ofHours(hours))),
        model);
  }

  @PostMapping("/admin/partner-systems/{clientId}/source-system")
  String sourceSystem(
      @PathVariable UUID clientId,
      @RequestParam(name = "sourceSystem", required = false) @Nullable String sourceSystem,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    var client = administration.one(user, clientId);
    try {
      administration.changeSourceSystem(user, clientId, sourceSystem == null ? "" : sourceSystem);
    } catch (AccountRuleBroken broken) {
      model.addAttribute("client", client);
      model.addAttribute("now", clock.instant());
      model.addAttribute("sourceSystemError", broken.messageKey());
      model.addAttribute("sourceSystemValue", sourceSystem == null ? "" : sourceSystem);
      return "admin/partner-system";
    }
    redirect.addFlashAttribute("done", "admin.partnerSystems.done.sourceSystem");
    return "redirect:/admin/partner-systems/" + clientId;
  }

  @PostMapping("/admin/partner-systems/{clientId}/revoke")
  String revoke(@PathVariable UUID clientId, CurrentUser user, RedirectAttributes redirect) {
    administration.revoke(user, clientId);
    redirect.addFlashAttribute("done", "admin.partnerSystems.done.revoked");
    return "redirect:/admin/partner-systems/" + clientId;
  }

  /** Hours of overlap, 0 to 720 (30 days); -1 for anything else. */
  private static int hours(@Nullable String text) {
    if (text == null || !text.strip().matches("\\d{1,3}")) {
      return -1;
    }
    int h = Integer.parseInt(text.strip());
    return h <= 720 ? h : -1;
  }

  private String secret(ApiClientCredentials credentials, Model model) {
    model.addAttribute("credentials", credentials);
    return "admin/partner-system-secret";
  }

  private String form(CurrentUser user, PartnerSystemForm form, Model model) {
    model.addAttribute("system", form);
    model.addAttribute(
        "agencies",
        structure.units(user.partnershipId(), UnitKind.AGENCY).stream()
            .filter(a -> !a.closed())
            .toList());
    model.addAttribute("scopes", ApiScope.values());
    return "admin/partner-system-new";
  }
}
