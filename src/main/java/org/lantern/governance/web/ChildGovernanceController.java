package org.lantern.governance.web;

import java.util.List;
import java.util.UUID;
import org.lantern.access.ChildDirectory;
import org.lantern.access.CurrentUser;
import org.lantern.governance.GovernanceRuleBroken;
import org.lantern.governance.LegalHolds;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One child as the officer governs it: legal holds placed and lifted, and subject access. */
@Controller
class ChildGovernanceController {

  private static final String FORM = "hold";

  private final LegalHolds holds;
  private final ChildDirectory children;

  ChildGovernanceController(LegalHolds holds, ChildDirectory children) {
    this.holds = holds;
    this.children = children;
  }

  @GetMapping("/governance/children/{childId}")
  String child(@PathVariable UUID childId, CurrentUser user, Model model) {
    return show(user, childId, new RetentionForm(), model);
  }

  @PostMapping("/governance/children/{childId}/holds")
  String place(
      @PathVariable UUID childId,
      @ModelAttribute(FORM) RetentionForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    try {
      holds.place(user, childId, form.getReason());
    } catch (GovernanceRuleBroken broken) {
      errors.rejectValue("reason", broken.messageKey());
      return show(user, childId, form, model);
    }
    redirect.addFlashAttribute("done", "governance.hold.done.placed");
    return "redirect:/governance/children/" + childId;
  }

  @PostMapping("/governance/children/{childId}/holds/{holdId}/lift")
  String lift(
      @PathVariable UUID childId,
      @PathVariable UUID holdId,
      @ModelAttribute(FORM) RetentionForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    try {
      holds.lift(user, childId, holdId, form.getReason());
    } catch (GovernanceRuleBroken broken) {
      errors.rejectValue("reason", broken.messageKey());
      return show(user, childId, form, model);
    }
    redirect.addFlashAttribute("done", "governance.hold.done.lifted");
    return "redirect:/governance/children/" + childId;
  }

  private String show(CurrentUser user, UUID childId, RetentionForm form, Model model) {
    model.addAttribute("holds", holds.of(user, childId));
    model.addAttribute("childId", childId);
    model.addAttribute("childName", children.namesOf(List.of(childId)).getOrDefault(childId, ""));
    model.addAttribute(FORM, form);
    return "governance/child";
  }
}
