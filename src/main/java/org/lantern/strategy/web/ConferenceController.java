package org.lantern.strategy.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.people.Children;
import org.lantern.platform.FieldRejections;
import org.lantern.strategy.ChildMeetingViews;
import org.lantern.strategy.ChildProtectionConferences;
import org.lantern.strategy.ConferenceKind;
import org.lantern.strategy.ConferenceRecord;
import org.lantern.strategy.PlanCategory;
import org.lantern.strategy.StrategyRuleException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a child protection conference about a child. */
@Controller
class ConferenceController {

  private final ChildProtectionConferences conferences;
  private final ChildMeetingViews views;
  private final Children children;

  ConferenceController(
      ChildProtectionConferences conferences, ChildMeetingViews views, Children children) {
    this.conferences = conferences;
    this.views = views;
    this.children = children;
  }

  @GetMapping("/children/{childId}/conferences/new")
  String page(
      @PathVariable UUID childId,
      @RequestParam(required = false) @Nullable String discussion,
      @RequestParam(defaultValue = "INITIAL") String kind,
      CurrentUser user,
      Model model) {
    conferences.mayRecord(user, childId);
    ConferenceForm form = new ConferenceForm();
    form.setDiscussion(discussion);
    form.setKind(kind);
    return show(childId, form, user, model);
  }

  @PostMapping("/children/{childId}/conferences")
  String record(
      @PathVariable UUID childId,
      @ModelAttribute("conference") ConferenceForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    conferences.mayRecord(user, childId);
    ConferenceRecord typed = form.read(errors);
    try {
      conferences.record(user, childId, typed, FieldRejections.found(errors));
      redirect.addFlashAttribute("conferenceRecorded", true);
      return "redirect:/children/" + childId + "#strategy-meetings";
    } catch (StrategyRuleException refused) {
      FieldRejections.add(errors, refused);
    }
    return show(childId, form, user, model);
  }

  private String show(UUID childId, ConferenceForm form, CurrentUser user, Model model) {
    model.addAttribute("child", children.summary(childId));
    model.addAttribute("conference", form);
    model.addAttribute("kinds", ConferenceKind.values());
    model.addAttribute("categories", PlanCategory.values());
    model.addAttribute("workers", views.socialWorkers(user));
    return "strategy/conference";
  }
}
