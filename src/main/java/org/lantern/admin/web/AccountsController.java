package org.lantern.admin.web;

import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.admin.AccountAdministration;
import org.lantern.admin.AccountAdministration.NewAccount;
import org.lantern.admin.AccountInvitations.Invitation;
import org.lantern.admin.AccountRuleBroken;
import org.lantern.platform.QueryParams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partnership's accounts: find one, and add a person by invitation. */
@Controller
class AccountsController {

  static final int PAGE_SIZE = 25;

  private final AccessPolicy policy;
  private final AccountAdministration administration;
  private final AccountChoices choices;

  AccountsController(
      AccessPolicy policy, AccountAdministration administration, AccountChoices choices) {
    this.policy = policy;
    this.administration = administration;
    this.choices = choices;
  }

  @GetMapping("/admin/accounts")
  String accounts(
      @RequestParam(name = "search", required = false) @Nullable String search,
      @RequestParam(name = "page", required = false) @Nullable String page,
      CurrentUser user,
      Model model) {
    model.addAttribute(
        "paged", administration.page(user, search, QueryParams.page(page), PAGE_SIZE));
    model.addAttribute("search", search == null ? "" : search.strip());
    return "admin/accounts";
  }

  @GetMapping("/admin/accounts/new")
  String newAccount(CurrentUser user, Model model) {
    policy.requireRole(user, Permission.MANAGE_ACCOUNTS);
    return show(user, new AccountForm(), model);
  }

  @PostMapping("/admin/accounts/new")
  String add(
      @ModelAttribute("account") AccountForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    policy.requireRole(user, Permission.MANAGE_ACCOUNTS);
    form.validatePerson(errors);
    AccountForm.Placement placement = form.validatePlacement(errors);
    if (placement == null || errors.hasErrors()) {
      return show(user, form, model);
    }
    try {
      Invitation invitation =
          administration.invite(
              user,
              new NewAccount(
                  form.getDisplayName(),
                  form.getEmail(),
                  form.getUsername(),
                  placement.agencyId(),
                  placement.teamId(),
                  placement.role()));
      choices.flashInvitation(redirect, invitation);
      redirect.addFlashAttribute("done", "admin.account.done.created");
      return "redirect:/admin/accounts/" + invitation.accountId();
    } catch (AccountRuleBroken broken) {
      errors.rejectValue(broken.field(), broken.messageKey());
      return show(user, form, model);
    }
  }

  private String show(CurrentUser user, AccountForm form, Model model) {
    model.addAttribute("account", form);
    choices.add(user, model);
    return "admin/new-account";
  }
}
