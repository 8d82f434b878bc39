package org.lantern.referral.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.platform.QueryParams;
import org.lantern.platform.Texts;
import org.lantern.referral.ConcernChangedException;
import org.lantern.referral.ConcernRow;
import org.lantern.referral.ReferralFilter;
import org.lantern.referral.Referrals;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A referrer's own referrals, their outcomes, and confirming a phone referral in writing. */
@Controller
class MyReferralsController {

  private final Referrals referrals;

  MyReferralsController(Referrals referrals) {
    this.referrals = referrals;
  }

  /**
   * The person's own referrals, newest first unless sorted otherwise, a page at a time; filters and
   * the sort travel in the address.
   */
  @GetMapping("/referrals")
  String mine(
      @RequestParam(defaultValue = "1") String page,
      @RequestParam(required = false) @Nullable String search,
      @RequestParam(required = false) @Nullable String showing,
      @RequestParam(required = false) @Nullable String sort,
      CurrentUser user,
      Model model) {
    String text = Texts.clean(search);
    ReferralFilter which = QueryParams.oneOf(ReferralFilter.class, showing);
    Referrals.MineQuery query =
        new Referrals.MineQuery(
            QueryParams.page(page),
            text == null || text.isBlank() ? null : text.substring(0, Math.min(100, text.length())),
            which == null ? ReferralFilter.ALL : which,
            Referrals.MineQuery.sort(sort));
    model.addAttribute("paged", referrals.mine(user, query));
    model.addAttribute("query", query);
    model.addAttribute("showings", ReferralFilter.values());
    return "referral/my-referrals";
  }

  @GetMapping("/referrals/{concernId}")
  String one(@PathVariable UUID concernId, CurrentUser user, Model model) {
    model.addAttribute("row", referrals.one(user, concernId));
    return "referral/my-referral";
  }

  @GetMapping("/referrals/{concernId}/confirm")
  String confirmForm(@PathVariable UUID concernId, CurrentUser user, Model model) {
    ConcernRow row = referrals.one(user, concernId);
    if (!row.concern().awaitingConfirmation()) {
      return "redirect:/referrals/" + concernId;
    }
    ConfirmationForm form = new ConfirmationForm();
    form.setVersion(row.concern().version());
    model.addAttribute("row", row);
    model.addAttribute("confirmation", form);
    return "referral/confirm";
  }

  @PostMapping("/referrals/{concernId}/confirm")
  String confirm(
      @PathVariable UUID concernId,
      @ModelAttribute("confirmation") ConfirmationForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    form.validate(errors, true);
    if (!errors.hasErrors()) {
      try {
        referrals.confirm(user, concernId, Texts.clean(form.getAccount()));
        redirect.addFlashAttribute("confirmed", true);
        return "redirect:/referrals/" + concernId;
      } catch (ConcernChangedException alreadyConfirmed) {
        redirect.addFlashAttribute("alreadyConfirmed", true);
        return "redirect:/referrals/" + concernId;
      } catch (ObjectOptimisticLockingFailureException changed) {
        errors.reject("confirm.conflict");
      }
    }
    model.addAttribute("row", referrals.one(user, concernId));
    return "referral/confirm";
  }
}
