package org.lantern.panel.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.panel.DirectReferrals;
import org.lantern.panel.PanelRuleException;
import org.lantern.platform.Texts;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.Tracker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator records a partner's referral of a child straight to the district panel. */
@Controller
class ReferralController {

  private final DirectReferrals referrals;
  private final Directory directory;

  ReferralController(DirectReferrals referrals, Directory directory) {
    this.referrals = referrals;
    this.directory = directory;
  }

  /** The form; {@code childId} chooses a child who may not be on the tracker (never screened). */
  @GetMapping("/panel-referrals/new")
  String form(
      @RequestParam(required = false) @Nullable UUID childId, CurrentUser user, Model model) {
    ReferralForm form = new ReferralForm();
    if (childId != null) {
      form.setChildId(childId.toString());
    }
    return show(user, form, model);
  }

  @PostMapping("/panel-referrals")
  String record(
      @ModelAttribute("form") ReferralForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    UUID childId = Texts.uuid(form.getChildId());
    if (childId == null) {
      errors.rejectValue("childId", "panel.error.chooseChild");
      return show(user, form, model);
    }
    try {
      referrals.record(
          user,
          childId,
          Texts.uuid(form.getAgencyId()),
          Texts.clean(form.getReferrerName()),
          Texts.clean(form.getReason()),
          partnerLevel(form.getPartnerLevel()));
    } catch (PanelRuleException refused) {
      Rejections.add(errors, refused);
      return show(user, form, model);
    }
    redirect.addFlashAttribute("referred", true);
    return "redirect:/panels";
  }

  private static @Nullable RiskLevel partnerLevel(@Nullable String given) {
    return DirectReferrals.PARTNER_LEVELS.stream()
        .filter(l -> l.name().equals(given))
        .findFirst()
        .orElse(null);
  }

  private String show(CurrentUser user, ReferralForm form, Model model) {
    model.addAttribute("levels", DirectReferrals.PARTNER_LEVELS);
    List<Tracker.Row> referable = referrals.referable(user);
    UUID chosen = Texts.uuid(form.getChildId());
    model.addAttribute(
        "chosen",
        chosen == null || referable.stream().anyMatch(r -> r.child().id().equals(chosen))
            ? null
            : referrals.chosen(user, chosen));
    model.addAttribute("form", form);
    model.addAttribute("children", referable);
    model.addAttribute("agencies", directory.agencies(user.partnershipId()));
    return "panel/referral";
  }
}
