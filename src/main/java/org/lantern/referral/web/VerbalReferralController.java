package org.lantern.referral.web;

import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.platform.Texts;
import org.lantern.referral.ConcernSubmission;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The front door records a phone referral on the referrer's behalf; the 48-hour clock starts. */
@Controller
class VerbalReferralController {

  private final ConcernSubmission submission;
  private final ConcernFormPage page;
  private final Clock clock;

  VerbalReferralController(ConcernSubmission submission, ConcernFormPage page, Clock clock) {
    this.submission = submission;
    this.page = page;
    this.clock = clock;
  }

  @GetMapping("/front-door/verbal/new")
  String form(
      @RequestParam(required = false) @Nullable UUID child,
      @RequestParam(defaultValue = "false") boolean newChild,
      CurrentUser user,
      Model model) {
    if (child == null && !newChild) {
      return "redirect:/children/find?for=verbal";
    }
    return page.show(ConcernFormPage.blank(child, newChild), user, model, true);
  }

  @PostMapping("/front-door/verbal/new")
  String submit(
      @ModelAttribute("concern") ConcernForm form,
      BindingResult errors,
      CurrentUser user,
      Model model) {
    if (!form.isNewChild() && ConcernForm.uuid(form.getChildId()) == null) {
      return "redirect:/children/find?for=verbal";
    }
    if (Texts.isBlank(form.getToken())) {
      form.setToken(UUID.randomUUID().toString());
    }
    form.validate(errors, clock, true);
    if (errors.hasErrors()) {
      return page.show(form, user, model, true);
    }
    UUID id;
    try {
      id =
          submission.recordVerbal(
              user,
              ConcernForm.uuid(form.getReferrerUserId()),
              Texts.clean(form.getReferrerPhone()),
              form.childChoice(),
              form.content(),
              form.getToken());
    } catch (ConcernSubmission.UnknownReferrerException unknownReferrer) {
      errors.rejectValue("referrerUserId", "verbal.referrer.required");
      return page.show(form, user, model, true);
    } catch (DataIntegrityViolationException race) {
      id = submission.alreadySubmitted(user, form.getToken()).orElseThrow(() -> race);
    }
    return "redirect:/concerns/" + id + "/submitted";
  }
}
