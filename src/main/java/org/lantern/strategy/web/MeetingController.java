package org.lantern.strategy.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.people.Children;
import org.lantern.strategy.ChildMeetingViews;
import org.lantern.strategy.ChildMeetings;
import org.lantern.strategy.MeetingChangedException;
import org.lantern.strategy.MeetingDecision;
import org.lantern.strategy.MeetingKind;
import org.lantern.strategy.MeetingRecord;
import org.lantern.strategy.MeetingView;
import org.lantern.strategy.StrategyRuleException;
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

/** Starting a meeting about a child, reading it, and recording it as held. */
@Controller
class MeetingController {

  private final ChildMeetings meetings;
  private final ChildMeetingViews views;
  private final Children children;
  private final Clock clock;

  MeetingController(
      ChildMeetings meetings, ChildMeetingViews views, Children children, Clock clock) {
    this.meetings = meetings;
    this.views = views;
    this.children = children;
    this.clock = clock;
  }

  @GetMapping("/children/{childId}/strategy/new")
  String startPage(
      @PathVariable UUID childId,
      @RequestParam(defaultValue = "STRATEGY_DISCUSSION") String kind,
      CurrentUser user,
      Model model) {
    meetings.mayStart(user, childId);
    model.addAttribute("child", children.summary(childId));
    model.addAttribute("kinds", MeetingKind.values());
    model.addAttribute("kind", kind(kind));
    return "strategy/start";
  }

  @PostMapping("/children/{childId}/strategy")
  String start(
      @PathVariable UUID childId,
      @RequestParam(defaultValue = "STRATEGY_DISCUSSION") String kind,
      CurrentUser user) {
    UUID id = meetings.start(user, kind(kind), List.of(childId));
    return "redirect:/strategy/meetings/" + id + "/record";
  }

  @GetMapping("/strategy/meetings/{strategyMeetingId}")
  String view(@PathVariable UUID strategyMeetingId, CurrentUser user, Model model) {
    model.addAttribute("meeting", views.open(user, strategyMeetingId));
    return "strategy/meeting";
  }

  @GetMapping("/strategy/meetings/{strategyMeetingId}/record")
  String recordPage(@PathVariable UUID strategyMeetingId, CurrentUser user, Model model) {
    meetings.forRecording(user, strategyMeetingId);
    MeetingView m = views.open(user, strategyMeetingId);
    return form(m, m.isHeld() ? MeetingForm.of(m) : MeetingForm.blank(m.version()), user, model);
  }

  @PostMapping("/strategy/meetings/{strategyMeetingId}/record")
  String record(
      @PathVariable UUID strategyMeetingId,
      @ModelAttribute("meetingForm") MeetingForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    meetings.forRecording(user, strategyMeetingId);
    MeetingRecord typed = form.read(errors, clock);
    if (typed != null) {
      try {
        meetings.record(user, strategyMeetingId, form.getVersion(), typed);
        redirect.addFlashAttribute("recorded", true);
        return "redirect:/strategy/meetings/" + strategyMeetingId;
      } catch (StrategyRuleException refused) {
        errors.rejectValue(refused.field(), refused.code());
      } catch (MeetingChangedException | ObjectOptimisticLockingFailureException changed) {
        errors.reject("strategy.meeting.changed");
        form.setVersion(views.open(user, strategyMeetingId).version());
      }
    }
    form.padActions();
    return form(views.open(user, strategyMeetingId), form, user, model);
  }

  private String form(MeetingView m, MeetingForm form, CurrentUser user, Model model) {
    model.addAttribute("meeting", m);
    model.addAttribute("meetingForm", form);
    model.addAttribute("people", views.people(user));
    model.addAttribute("decisions", MeetingDecision.values());
    return "strategy/record";
  }

  private static MeetingKind kind(String typed) {
    for (MeetingKind k : MeetingKind.values()) {
      if (k.name().equals(typed)) {
        return k;
      }
    }
    return MeetingKind.STRATEGY_DISCUSSION;
  }
}
