package org.lantern.governance.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.governance.GovernanceRuleBroken;
import org.lantern.governance.RecordKind;
import org.lantern.governance.RetentionReviews;
import org.lantern.governance.RetentionRules;
import org.lantern.governance.SharingAgreements;
import org.lantern.platform.QueryParams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Retention: the rules per kind of record, what has reached its date waiting for the officer, and
 * what was deleted (the tombstones).
 */
@Controller
class RetentionController {

  private static final String FORM = "rule";

  private final AccessPolicy policy;
  private final RetentionRules rules;
  private final RetentionReviews reviews;
  private final SharingAgreements agreements;

  RetentionController(
      AccessPolicy policy,
      RetentionRules rules,
      RetentionReviews reviews,
      SharingAgreements agreements) {
    this.policy = policy;
    this.rules = rules;
    this.reviews = reviews;
    this.agreements = agreements;
  }

  @GetMapping("/governance/retention")
  String retention(CurrentUser user, Model model) {
    return show(user, new RetentionForm(), null, model);
  }

  @PostMapping("/governance/retention/rules/{recordKind}")
  String setRule(
      @PathVariable String recordKind,
      @ModelAttribute(FORM) RetentionForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    policy.requireRole(user, Permission.MANAGE_RETENTION);
    Integer months = form.months(errors);
    if (months == null) {
      return show(user, form, recordKind, model);
    }
    try {
      RecordKind kind = QueryParams.oneOf(RecordKind.class, recordKind);
      if (kind == null) {
        throw new GovernanceRuleBroken("months", "governance.rule.kind.unknown");
      }
      rules.set(user, kind, months);
    } catch (GovernanceRuleBroken broken) {
      errors.rejectValue(broken.field(), broken.messageKey());
      return show(user, form, recordKind, model);
    }
    redirect.addFlashAttribute("done", "governance.retention.done.ruleSet");
    return "redirect:/governance/retention";
  }

  /** Lists now what has reached its date (the daily job does the same). */
  @PostMapping("/governance/retention/check")
  String check(CurrentUser user, RedirectAttributes redirect) {
    policy.requireRole(user, Permission.MANAGE_RETENTION);
    redirect.addFlashAttribute("listed", reviews.listDue(user.partnershipId(), agreements.today()));
    return "redirect:/governance/retention";
  }

  @PostMapping("/governance/retention/reviews/{reviewId}/delete")
  String delete(
      @PathVariable UUID reviewId, CurrentUser user, Model model, RedirectAttributes redirect) {
    try {
      reviews.confirmDeletion(user, reviewId);
    } catch (GovernanceRuleBroken broken) {
      model.addAttribute("heldRefused", broken.messageKey());
      return show(user, new RetentionForm(), null, model);
    }
    redirect.addFlashAttribute("done", "governance.retention.done.deleted");
    return "redirect:/governance/retention";
  }

  private String show(
      CurrentUser user, RetentionForm form, @Nullable String failedKind, Model model) {
    model.addAttribute("rules", rules.rules(user));
    model.addAttribute("waiting", reviews.waiting(user));
    model.addAttribute("tombstones", reviews.tombstones(user));
    model.addAttribute(FORM, form);
    model.addAttribute("failedKind", failedKind);
    return "governance/retention";
  }
}
