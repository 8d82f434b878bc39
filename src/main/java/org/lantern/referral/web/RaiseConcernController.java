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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A practitioner raises a concern: find the child (or describe them), then say what happened. */
@Controller
class RaiseConcernController {

  private final ConcernSubmission submission;
  private final ConcernFormPage page;
  private final Clock clock;

  RaiseConcernController(ConcernSubmission submission, ConcernFormPage page, Clock clock) {
    this.submission = submission;
    this.page = page;
    this.clock = clock;
  }

  @GetMapping("/concerns/new")
  String form(
      @RequestParam(required = false) @Nullable UUID child,
      @RequestParam(defaultValue = "false") boolean newChild,
      CurrentUser user,
      Model model) {
    if (child == null && !newChild) {
      return "redirect:/children/find?for=concern";
    }
    return page.show(ConcernFormPage.blank(child, newChild), user, model, false);
  }

  @PostMapping("/concerns/new")
  String submit(
      @ModelAttribute("concern") ConcernForm form,
      BindingResult errors,
      CurrentUser user,
      Model model) {
    if (!form.isNewChild() && ConcernForm.uuid(form.getChildId()) == null) {
      return "redirect:/children/find?for=concern";
    }
    if (Texts.isBlank(form.getToken())) {
      form.setToken(UUID.randomUUID().toString());
    }
    form.validate(errors, clock, false);
    if (errors.hasErrors()) {
      return page.show(form, user, model, false);
    }
    UUID id;
    try {
      id = submission.raise(user, form.childChoice(), form.content(), form.getToken());
    } catch (DataIntegrityViolationException race) {
      id = submission.alreadySubmitted(user, form.getToken()).orElseThrow(() -> race);
    }
    return "redirect:/concerns/" + id + "/submitted";
  }

  @GetMapping("/concerns/{concernId}/submitted")
  String submitted(@PathVariable UUID concernId, CurrentUser user, Model model) {
    model.addAttribute("row", submission.receipt(user, concernId));
    return "referral/submitted";
  }
}
