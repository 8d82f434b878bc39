package org.lantern.people.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.people.ChildJoinParticipant;
import org.lantern.people.JoinRefusedException;
import org.lantern.people.PossibleMatch;
import org.lantern.people.PossibleMatchChangedException;
import org.lantern.people.PossibleMatches;
import org.lantern.platform.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * New records that may be children Lantern already knew: the list waiting for the front door, and
 * one pair side by side with the decision — the same child (join) or different children (keep
 * apart).
 */
@Controller
class PossibleMatchController {

  private final PossibleMatches matches;
  private final MessageSource messages;

  PossibleMatchController(PossibleMatches matches, MessageSource messages) {
    this.matches = matches;
    this.messages = messages;
  }

  @GetMapping("/possible-matches")
  String waiting(CurrentUser user, Model model) {
    model.addAttribute("matches", matches.all(user));
    return "people/possible-matches";
  }

  @GetMapping("/possible-matches/{id}")
  String pair(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable String back,
      CurrentUser user,
      Model model) {
    PossibleMatch match = matches.one(user, id);
    PossibleMatchForm form = new PossibleMatchForm();
    form.setVersion(match.version());
    form.setBack(back);
    return page(user, match, form, model);
  }

  @PostMapping("/possible-matches/{id}")
  String decide(
      @PathVariable UUID id,
      @ModelAttribute("decision") PossibleMatchForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes flash) {
    form.validate(errors);
    if (!errors.hasErrors()) {
      String reason = Objects.requireNonNull(Texts.clean(form.getReason()));
      try {
        if (form.decision() == PossibleMatchForm.Decision.JOIN) {
          matches.join(user, id, form.getVersion(), reason);
        } else {
          matches.keepApart(user, id, form.getVersion(), reason);
        }
        flash.addFlashAttribute("possibleMatchDecided", form.decision().name());
        return "redirect:" + form.backOr("/possible-matches");
      } catch (JoinRefusedException refused) {
        errors.rejectValue(
            "decision", "possibleMatch.join.refused", new Object[] {held(refused.held())}, null);
      } catch (PossibleMatchChangedException changed) {
        errors.reject("possibleMatch.changed");
      }
    }
    PossibleMatch match = matches.one(user, id);
    form.setVersion(match.version());
    return page(user, match, form, model);
  }

  private String page(CurrentUser user, PossibleMatch match, PossibleMatchForm form, Model model) {
    model.addAttribute("match", match);
    model.addAttribute("decision", form);
    model.addAttribute(
        "joinWouldLeave", match.isOpen() ? held(matches.joinWouldLeave(user, match.id())) : "");
    return "people/possible-match";
  }

  /** "1 risk screening, 2 panel agenda items": what a join would leave behind, in words. */
  private String held(List<ChildJoinParticipant.Held> held) {
    return String.join(
        ", ",
        held.stream()
            .map(h -> messages.getMessage(h.messageKey(), new Object[] {h.count()}, Locale.UK))
            .toList());
  }
}
