package org.lantern.admin.web;

import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AccountView;
import org.lantern.access.Accounts;
import org.lantern.access.CurrentUser;
import org.lantern.admin.AccountAdministration;
import org.lantern.admin.AccountRuleBroken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One account: change where the person works and what they do, unlock, close, re-invite. */
@Controller
class AccountController {

  private final AccessPolicy policy;
  private final Accounts accounts;
  private final AccountAdministration administration;
  private final AccountChoices choices;

  AccountController(
      AccessPolicy policy,
      Accounts accounts,
      AccountAdministration administration,
      AccountChoices choices) {
    this.policy = policy;
    this.accounts = accounts;
    this.administration = administration;
    this.choices = choices;
  }

  @GetMapping("/admin/accounts/{accountId}")
  String account(@PathVariable UUID accountId, CurrentUser user, Model model) {
    AccountView account = load(user, accountId);
    AccountForm form = new AccountForm();
    form.setAgencyId(account.agency().id().toString());
    form.setTeamId(account.team() == null ? "" : account.team().id().toString());
    form.setRole(account.role().name());
    return show(user, account, form, model);
  }

  @PostMapping("/admin/accounts/{accountId}")
  String change(
      @PathVariable UUID accountId,
      @ModelAttribute("change") AccountForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    AccountView account = load(user, accountId);
    AccountForm.Placement placement = form.validatePlacement(errors);
    if (placement == null) {
      return show(user, account, form, model);
    }
    try {
      administration.change(
          user, accountId, placement.role(), placement.agencyId(), placement.teamId());
    } catch (AccountRuleBroken broken) {
      errors.rejectValue(broken.field(), broken.messageKey());
      return show(user, account, form, model);
    }
    redirect.addFlashAttribute("done", "admin.account.done.changed");
    return "redirect:/admin/accounts/" + accountId;
  }

  @PostMapping("/admin/accounts/{accountId}/unlock")
  String unlock(@PathVariable UUID accountId, CurrentUser user, RedirectAttributes redirect) {
    administration.unlock(user, accountId);
    redirect.addFlashAttribute("done", "admin.account.done.unlocked");
    return "redirect:/admin/accounts/" + accountId;
  }

  @PostMapping("/admin/accounts/{accountId}/close")
  String close(@PathVariable UUID accountId, CurrentUser user, RedirectAttributes redirect) {
    try {
      administration.close(user, accountId);
      redirect.addFlashAttribute("done", "admin.account.done.closed");
    } catch (AccountRuleBroken broken) {
      redirect.addFlashAttribute("problem", broken.messageKey());
    }
    return "redirect:/admin/accounts/" + accountId;
  }

  @PostMapping("/admin/accounts/{accountId}/invitation")
  String invite(@PathVariable UUID accountId, CurrentUser user, RedirectAttributes redirect) {
    try {
      choices.flashInvitation(redirect, administration.renewInvitation(user, accountId));
      redirect.addFlashAttribute("done", "admin.account.done.invited");
    } catch (AccountRuleBroken broken) {
      redirect.addFlashAttribute("problem", broken.messageKey());
    }
    return "redirect:/admin/accounts/" + accountId;
  }

  private AccountView load(CurrentUser user, UUID accountId) {
    return administration.account(user, accountId);
  }

  private String show(CurrentUser user, AccountView account, AccountForm form, Model model) {
    model.addAttribute("person", account);
    model.addAttribute("change", form);
    choices.add(user, model);
    return "admin/account";
  }
}
