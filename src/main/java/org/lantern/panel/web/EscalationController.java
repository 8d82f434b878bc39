package org.lantern.panel.web;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.panel.EscalationReview;
import org.lantern.panel.EscalationView;
import org.lantern.panel.PanelRuleException;
import org.lantern.platform.Texts;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The county manager's review list of escalated children, and recording a decision. */
@Controller
class EscalationController {

  private final EscalationReview review;
  private final MessageSource messages;

  EscalationController(EscalationReview review, MessageSource messages) {
    this.review = review;
    this.messages = messages;
  }

  @GetMapping("/escalations")
  String list(CurrentUser user, Model model) {
    model.addAttribute("escalations", review.list(user));
    return "panel/escalations";
  }

  @GetMapping("/escalations/{id}")
  String one(@PathVariable UUID id, CurrentUser user, Model model) {
    return show(user, review.one(user, id), null, null, model);
  }

  @PostMapping("/escalations/{id}")
  String decide(
      @PathVariable UUID id,
      @RequestParam long version,
      @RequestParam(required = false) @Nullable String decision,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    try {
      review.decide(user, id, version, Texts.clean(decision));
    } catch (PanelRuleException refused) {
      return show(user, review.one(user, id), decision, text(refused.messageKey()), model);
    } catch (ObjectOptimisticLockingFailureException changed) {
      return show(user, review.one(user, id), decision, text("panel.error.changed"), model);
    }
    redirect.addFlashAttribute("decided", true);
    return "redirect:/escalations";
  }

  private String show(
      CurrentUser user,
      EscalationView escalation,
      @Nullable String decision,
      @Nullable String error,
      Model model) {
    model.addAttribute("e", escalation);
    model.addAttribute("decision", decision);
    model.addAttribute("error", error);
    model.addAttribute("mayDecide", review.mayDecide(user) && !escalation.decided());
    return "panel/escalation";
  }

  private String text(String key) {
    return messages.getMessage(key, null, Locale.UK);
  }
}
