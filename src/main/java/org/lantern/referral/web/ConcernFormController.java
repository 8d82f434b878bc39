package org.lantern.referral.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.platform.DateRules;
import org.lantern.platform.Texts;
import org.lantern.referral.ConcernReading;
import org.lantern.referral.ConcernSubmission;
import org.lantern.referral.PhoneReferrals;
import org.lantern.referral.ReferrerKind;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The concern form, in its two uses: a practitioner raising their own concern, and the front door
 * recording a phone referral on a referrer's behalf (which starts the 48-hour clock). Either way
 * the child is found first, or described when Lantern does not know them.
 */
@Controller
class ConcernFormController {

  private final ConcernSubmission submission;
  private final PhoneReferrals phoneReferrals;
  private final ConcernReading reading;
  private final ConcernFormPage page;
  private final DateRules dates;
  private final AccessPolicy policy;

  ConcernFormController(
      ConcernSubmission submission,
      PhoneReferrals phoneReferrals,
      ConcernReading reading,
      ConcernFormPage page,
      DateRules dates,
      AccessPolicy policy) {
    this.submission = submission;
    this.phoneReferrals = phoneReferrals;
    this.reading = reading;
    this.page = page;
    this.dates = dates;
    this.policy = policy;
  }

  @GetMapping("/concerns/new")
  String raiseForm(
      @RequestParam(required = false) @Nullable UUID child,
      @RequestParam(defaultValue = "false") boolean newChild,
      CurrentUser user,
      Model model) {
    return form(child, newChild, user, model, false);
  }

  @PostMapping("/concerns/new")
  String raise(
      @ModelAttribute("concern") ConcernForm form,
      BindingResult errors,
      CurrentUser user,
      Model model) {
    return submit(form, errors, user, model, false);
  }

  @GetMapping("/front-door/verbal/new")
  String verbalForm(
      @RequestParam(required = false) @Nullable UUID child,
      @RequestParam(defaultValue = "false") boolean newChild,
      CurrentUser user,
      Model model) {
    return form(child, newChild, user, model, true);
  }

  @PostMapping("/front-door/verbal/new")
  String recordVerbal(
      @ModelAttribute("concern") ConcernForm form,
      BindingResult errors,
      CurrentUser user,
      Model model) {
    return submit(form, errors, user, model, true);
  }

  @GetMapping("/concerns/{concernId}/submitted")
  String submitted(@PathVariable UUID concernId, CurrentUser user, Model model) {
    model.addAttribute("row", submission.receipt(user, concernId));
    model.addAttribute("childMatch", reading.childMatch(concernId).orElse(null));
    return "referral/submitted";
  }

  private String form(
      @Nullable UUID child, boolean newChild, CurrentUser user, Model model, boolean verbal) {
    requireRole(user, verbal);
    if (child == null && !newChild) {
      return findTheChild(verbal);
    }
    return page.show(ConcernFormPage.blank(child, newChild), user, model, verbal);
  }

  private String submit(
      ConcernForm form, BindingResult errors, CurrentUser user, Model model, boolean verbal) {
    requireRole(user, verbal);
    if (!form.isNewChild() && Texts.uuid(form.getChildId()) == null) {
      return findTheChild(verbal);
    }
    if (!form.hasIssuedToken()) {
      // Without the token the form was given, a second post of the same form could not be told
      // from the first: nothing is made, and the person sends it again with a fresh token.
      errors.reject("concern.token.invalid");
      form.setToken(UUID.randomUUID().toString());
    }
    form.validate(errors, dates, verbal);
    if (form.isNewChild()
        && !errors.hasFieldErrors("districtId")
        && !page.isDistrictOf(user, form.getDistrictId())) {
      errors.rejectValue("districtId", "concern.district.invalid");
    }
    if (errors.hasErrors()) {
      return page.show(form, user, model, verbal);
    }
    UUID id;
    try {
      id = verbal ? recordVerbal(form, user) : raise(form, user);
    } catch (PhoneReferrals.UnknownReferrerException unknownReferrer) {
      errors.rejectValue("referrerUserId", "verbal.referrer.required");
      return page.show(form, user, model, verbal);
    } catch (ConcernSubmission.FormAlreadySubmittedException submitted) {
      errors.reject("concern.alreadySubmitted", new Object[] {submitted.reference()}, null);
      form.setToken(UUID.randomUUID().toString());
      return page.show(form, user, model, verbal);
    } catch (DataIntegrityViolationException sameFormTwiceAtOnce) {
      id =
          submission.alreadySubmitted(user, form.getToken()).orElseThrow(() -> sameFormTwiceAtOnce);
    }
    return "redirect:/concerns/" + id + "/submitted";
  }

  private UUID raise(ConcernForm form, CurrentUser user) {
    return submission.raise(
        user, form.childChoice(), form.content(), form.getToken(), form.adultsInvolved());
  }

  private UUID recordVerbal(ConcernForm form, CurrentUser user) {
    if (form.caller().kind() != ReferrerKind.ACCOUNT) {
      return phoneReferrals.fromAnyone(
          user,
          form.caller().withoutAccount(),
          form.childChoice(),
          form.content(),
          form.getToken(),
          form.adultsInvolved());
    }
    return phoneReferrals.fromAccount(
        user,
        Texts.uuid(form.getReferrerUserId()),
        Texts.clean(form.getReferrerPhone()),
        form.childChoice(),
        form.content(),
        form.getToken(),
        form.adultsInvolved());
  }

  private void requireRole(CurrentUser user, boolean verbal) {
    policy.requireRole(user, verbal ? Permission.RECORD_VERBAL_REFERRAL : Permission.RAISE_CONCERN);
  }

  private static String findTheChild(boolean verbal) {
    return "redirect:/children/find?for=" + (verbal ? "verbal" : "concern");
  }
}
