package org.lantern.panel.web;

import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.panel.DirectReferrals;
import org.lantern.panel.PanelRuleException;
import org.lantern.platform.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
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

  @GetMapping("/panel-referrals/new")
  String form(CurrentUser user, Model model) {
    return show(user, new ReferralForm(), model);
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
          Texts.clean(form.getReason()));
    } catch (PanelRuleException refused) {
      Rejections.add(errors, refused);
      return show(user, form, model);
    }
    redirect.addFlashAttribute("referred", true);
    return "redirect:/panels";
  }

  private String show(CurrentUser user, ReferralForm form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("children", referrals.referable(user));
    model.addAttribute("agencies", directory.agencies(user.partnershipId()));
    return "panel/referral";
  }
}
