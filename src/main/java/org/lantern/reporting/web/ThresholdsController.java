package org.lantern.reporting.web;

import java.util.Map;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.reporting.Audience;
import org.lantern.reporting.AudienceThresholds;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The strategic lead chooses each audience's small-number threshold. */
@Controller
class ThresholdsController {

  private final AudienceThresholds thresholds;
  private final AccessPolicy policy;

  ThresholdsController(AudienceThresholds thresholds, AccessPolicy policy) {
    this.thresholds = thresholds;
    this.policy = policy;
  }

  @GetMapping("/reports/thresholds")
  String form(CurrentUser user, Model model) {
    model.addAttribute("form", ThresholdsForm.of(thresholds.all(user)));
    model.addAttribute("defaultThreshold", thresholds.defaultThreshold());
    return "reporting/thresholds";
  }

  @PostMapping("/reports/thresholds")
  String save(
      @ModelAttribute("form") ThresholdsForm form,
      BindingResult result,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    policy.requireRole(user, Permission.MANAGE_REPORT_THRESHOLDS);
    Map<Audience, Integer> chosen = form.validate(result);
    if (chosen == null) {
      model.addAttribute("defaultThreshold", thresholds.defaultThreshold());
      return "reporting/thresholds";
    }
    thresholds.save(user, chosen);
    redirect.addFlashAttribute("saved", true);
    return "redirect:/reports/thresholds";
  }
}
