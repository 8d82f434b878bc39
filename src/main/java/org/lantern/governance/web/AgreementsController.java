package org.lantern.governance.web;

import java.time.LocalDate;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.governance.Agreement;
import org.lantern.governance.AgreementTerms;
import org.lantern.governance.DataCategory;
import org.lantern.governance.GovernanceRuleBroken;
import org.lantern.governance.SharingAgreements;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The information sharing agreements: the list, recording one, changing it and ending it. */
@Controller
class AgreementsController {

  private static final String FORM = "agreement";

  private final AccessPolicy policy;
  private final SharingAgreements agreements;

  AgreementsController(AccessPolicy policy, SharingAgreements agreements) {
    this.policy = policy;
    this.agreements = agreements;
  }

  @GetMapping("/governance/agreements")
  String list(CurrentUser user, Model model) {
    model.addAttribute("agreements", agreements.list(user));
    model.addAttribute("today", agreements.today());
    return "governance/agreements";
  }

  @GetMapping("/governance/agreements/new")
  String adding(CurrentUser user, Model model) {
    policy.requireRole(user, Permission.MANAGE_SHARING_AGREEMENTS);
    return adding(user, new AgreementForm(), model);
  }

  @PostMapping("/governance/agreements/new")
  String add(
      @ModelAttribute(FORM) AgreementForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    policy.requireRole(user, Permission.MANAGE_SHARING_AGREEMENTS);
    UUID agency = form.agency(errors);
    AgreementTerms terms = form.terms(errors);
    if (agency == null || terms == null) {
      return adding(user, form, model);
    }
    try {
      UUID id = agreements.add(user, agency, terms);
      redirect.addFlashAttribute("done", "governance.agreement.done.added");
      return "redirect:/governance/agreements/" + id;
    } catch (GovernanceRuleBroken broken) {
      errors.rejectValue(broken.field(), broken.messageKey());
      return adding(user, form, model);
    }
  }

  @GetMapping("/governance/agreements/{agreementId}")
  String agreement(@PathVariable UUID agreementId, CurrentUser user, Model model) {
    Agreement agreement = agreements.agreement(user, agreementId);
    return show(agreement, AgreementForm.of(agreement), model);
  }

  @PostMapping("/governance/agreements/{agreementId}")
  String change(
      @PathVariable UUID agreementId,
      @ModelAttribute(FORM) AgreementForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    Agreement agreement = agreements.agreement(user, agreementId);
    AgreementTerms terms = form.terms(errors);
    if (terms == null) {
      return show(agreement, form, model);
    }
    try {
      agreements.change(user, agreementId, form.getVersion(), terms);
    } catch (GovernanceRuleBroken broken) {
      errors.rejectValue(broken.field(), broken.messageKey());
      return show(agreement, form, model);
    } catch (ObjectOptimisticLockingFailureException changed) {
      errors.reject("governance.agreement.changedMeanwhile");
      return show(agreements.agreement(user, agreementId), form, model);
    }
    redirect.addFlashAttribute("done", "governance.agreement.done.changed");
    return "redirect:/governance/agreements/" + agreementId;
  }

  @PostMapping("/governance/agreements/{agreementId}/end")
  String end(
      @PathVariable UUID agreementId,
      @ModelAttribute(FORM) AgreementForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    Agreement agreement = agreements.agreement(user, agreementId);
    LocalDate on = form.endingDate(errors);
    if (on == null) {
      return show(agreement, form, model);
    }
    try {
      agreements.end(user, agreementId, form.getVersion(), on, form.getEndReason());
    } catch (GovernanceRuleBroken broken) {
      errors.rejectValue(broken.field(), broken.messageKey());
      return show(agreement, form, model);
    } catch (ObjectOptimisticLockingFailureException changed) {
      errors.reject("governance.agreement.changedMeanwhile");
      return show(agreements.agreement(user, agreementId), form, model);
    }
    redirect.addFlashAttribute("done", "governance.agreement.done.ended");
    return "redirect:/governance/agreements/" + agreementId;
  }

  private String adding(CurrentUser user, AgreementForm form, Model model) {
    model.addAttribute(FORM, form);
    model.addAttribute("agencies", agreements.agencies(user));
    model.addAttribute("categories", DataCategory.values());
    return "governance/agreement-new";
  }

  private String show(Agreement agreement, AgreementForm form, Model model) {
    model.addAttribute("place", agreement);
    model.addAttribute(FORM, form);
    model.addAttribute("categories", DataCategory.values());
    model.addAttribute("today", agreements.today());
    return "governance/agreement";
  }
}
