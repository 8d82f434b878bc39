package org.lantern.admin.web;

import org.lantern.access.AccessPolicy;
import org.lantern.access.AccountCreation;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.SingleSignOnMappingChanges;
import org.lantern.access.SingleSignOnMappings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partnership administrator's choice of whether single sign-on makes an account at a person's
 * first sign-on (from the mapping that matches them) or accounts must be added beforehand; it holds
 * from the next sign-on, and the change is audited from what to what.
 */
@Controller
class SingleSignOnAccountsController {

  private final AccessPolicy policy;
  private final SingleSignOnMappings mappings;
  private final SingleSignOnMappingChanges changes;

  SingleSignOnAccountsController(
      AccessPolicy policy, SingleSignOnMappings mappings, SingleSignOnMappingChanges changes) {
    this.policy = policy;
    this.mappings = mappings;
    this.changes = changes;
  }

  @GetMapping("/admin/single-sign-on/accounts")
  String choosing(CurrentUser user, Model model) {
    return form(AccountCreationForm.of(mappings.read(user).accounts()), model);
  }

  @PostMapping("/admin/single-sign-on/accounts")
  String choose(
      @ModelAttribute("choice") AccountCreationForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    policy.requireRole(user, Permission.MANAGE_PARTNERSHIP_STRUCTURE);
    AccountCreation chosen = form.chosen(errors);
    if (chosen == null || errors.hasErrors()) {
      return form(form, model);
    }
    changes.chooseAccounts(user, chosen);
    redirect.addFlashAttribute("done", "admin.sso.done.accounts");
    return "redirect:/admin/single-sign-on";
  }

  private static String form(AccountCreationForm form, Model model) {
    model.addAttribute("choice", form);
    model.addAttribute("choices", AccountCreation.values());
    return "admin/single-sign-on-accounts";
  }
}
