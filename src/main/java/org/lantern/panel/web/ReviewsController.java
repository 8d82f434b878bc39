package org.lantern.panel.web;

import java.time.LocalDate;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.panel.AnnualReviews;
import org.lantern.panel.PanelRuleException;
import org.lantern.panel.Panels;
import org.lantern.platform.DateInput;
import org.lantern.platform.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A panel's annual reviews: the ones recorded, and recording the latest. */
@Controller
class ReviewsController {

  private final AnnualReviews reviews;
  private final Panels panels;
  private final AccessPolicy policy;

  ReviewsController(AnnualReviews reviews, Panels panels, AccessPolicy policy) {
    this.reviews = reviews;
    this.panels = panels;
    this.policy = policy;
  }

  @GetMapping("/panels/{panelId}/reviews")
  String list(@PathVariable UUID panelId, CurrentUser user, Model model) {
    return show(user, panelId, new ReviewForm(), model);
  }

  @PostMapping("/panels/{panelId}/reviews")
  String record(
      @PathVariable UUID panelId,
      @ModelAttribute("form") ReviewForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    policy.requireRole(user, Permission.MANAGE_PANELS, RecordRef.of("PANEL", panelId));
    LocalDate on = null;
    switch (form.getReviewedOn().parse()) {
      case DateInput.Valid v -> on = v.date();
      case DateInput.Invalid i -> errors.rejectValue("reviewedOn", "panel.error.reviewedOnInvalid");
      case DateInput.Empty e -> errors.rejectValue("reviewedOn", "panel.error.reviewedOn");
    }
    try {
      if (!errors.hasErrors()) {
        reviews.record(
            user,
            panelId,
            new AnnualReviews.Input(
                on,
                Texts.clean(form.getFeedback()),
                Texts.clean(form.getRecommendations()),
                Texts.clean(form.getAgreed())));
        redirect.addFlashAttribute("reviewSaved", true);
        return "redirect:/panels/" + panelId + "/reviews";
      }
    } catch (PanelRuleException refused) {
      Rejections.add(errors, refused);
    }
    return show(user, panelId, form, model);
  }

  private String show(CurrentUser user, UUID panelId, ReviewForm form, Model model) {
    model.addAttribute("panel", panels.of(user, panelId));
    model.addAttribute("reviews", reviews.of(user, panelId));
    model.addAttribute("mayRecord", policy.roleAllows(user, Permission.MANAGE_PANELS));
    model.addAttribute("form", form);
    return "panel/reviews";
  }
}
