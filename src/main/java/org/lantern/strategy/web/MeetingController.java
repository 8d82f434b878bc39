package org.lantern.strategy.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.platform.FieldRejections;
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
import org.springframework.web.util.UriComponentsBuilder;

/** Starting a meeting about a child, reading it, and recording it as held. */
@Controller
class MeetingController {

  /** The most children one discussion is about (a family of brothers and sisters). */
  static final int MAX_CHILDREN = 8;

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
      @RequestParam(name = "with", required = false) @Nullable List<String> with,
      CurrentUser user,
      Model model) {
    meetings.mayStart(user, childId);
    List<UUID> others = others(childId, with);
    others.forEach(other -> meetings.mayStart(user, other));
    MeetingKind chosen = kind(kind);
    model.addAttribute("child", children.summary(childId));
    model.addAttribute(
        "others",
        others.stream()
            .map(o -> new Added(children.summary(o), startLink(childId, chosen, others, o)))
            .toList());
    model.addAttribute("kinds", MeetingKind.values());
    model.addAttribute("kind", chosen);
    model.addAttribute("mayAddChild", others.size() < MAX_CHILDREN - 1);
    StringBuilder context = new StringBuilder(childId.toString()).append('.').append(chosen.name());
    others.forEach(o -> context.append('.').append(o));
    model.addAttribute("findContext", context.toString());
    return "strategy/start";
  }

  @PostMapping("/children/{childId}/strategy")
  String start(
      @PathVariable UUID childId,
      @RequestParam(defaultValue = "STRATEGY_DISCUSSION") String kind,
      @RequestParam(name = "with", required = false) @Nullable List<String> with,
      CurrentUser user) {
    List<UUID> about = new ArrayList<>();
    about.add(childId);
    about.addAll(others(childId, with));
    UUID id = meetings.start(user, kind(kind), about);
    return "redirect:/strategy/meetings/" + id + "/record";
  }

  /** A brother or sister added to the meeting, with the address that takes them off again. */
  record Added(ChildSummary child, String removeLink) {}

  private static String startLink(UUID first, MeetingKind kind, List<UUID> others, UUID leftOut) {
    var link =
        UriComponentsBuilder.fromPath("/children/{id}/strategy/new")
            .queryParam("kind", kind.name());
    others.stream().filter(o -> !o.equals(leftOut)).forEach(o -> link.queryParam("with", o));
    return link.buildAndExpand(first).toUriString();
  }

  /**
   * The brothers and sisters added to the meeting, in the order added: ids that are not ids, the
   * first child again and repeats are dropped, and no more than {@link #MAX_CHILDREN} in all.
   */
  private static List<UUID> others(UUID first, @Nullable List<String> with) {
    Set<UUID> others = new LinkedHashSet<>();
    for (String typed : with == null ? List.<String>of() : with) {
      try {
        UUID id = UUID.fromString(typed.strip());
        if (!id.equals(first) && others.size() < MAX_CHILDREN - 1) {
          others.add(id);
        }
      } catch (IllegalArgumentException notAnId) {
        // Not a child Lantern gave out: left out.
      }
    }
    return List.copyOf(others);
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
    try {
      meetings.record(
          user, strategyMeetingId, form.getVersion(), typed, FieldRejections.found(errors));
      redirect.addFlashAttribute("recorded", true);
      return "redirect:/strategy/meetings/" + strategyMeetingId;
    } catch (StrategyRuleException refused) {
      FieldRejections.add(errors, refused);
    } catch (MeetingChangedException | ObjectOptimisticLockingFailureException changed) {
      errors.reject("strategy.meeting.changed");
      form.setVersion(views.open(user, strategyMeetingId).version());
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
