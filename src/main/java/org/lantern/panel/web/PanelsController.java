package org.lantern.panel.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.DistrictView;
import org.lantern.access.UserView;
import org.lantern.panel.MeetingStatus;
import org.lantern.panel.MeetingSummary;
import org.lantern.panel.MeetingViews;
import org.lantern.panel.Meetings;
import org.lantern.panel.PanelRuleException;
import org.lantern.panel.PanelView;
import org.lantern.panel.Panels;
import org.lantern.platform.DateInput;
import org.lantern.platform.FieldRejections;
import org.lantern.platform.Texts;
import org.springframework.context.MessageSource;
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

/**
 * The panels and their areas: each with its districts, chair, members, schedule and meetings;
 * setting a panel up; naming the county managers; planning the next meeting.
 */
@Controller
class PanelsController {

  private final Panels panels;
  private final Meetings meetings;
  private final MeetingViews views;
  private final Directory directory;
  private final MessageSource messages;

  PanelsController(
      Panels panels,
      Meetings meetings,
      MeetingViews views,
      Directory directory,
      MessageSource messages) {
    this.panels = panels;
    this.meetings = meetings;
    this.views = views;
    this.directory = directory;
    this.messages = messages;
  }

  @GetMapping("/panels")
  String list(CurrentUser user, Model model) {
    List<PanelView> all = panels.all(user);
    model.addAttribute("panels", all);
    model.addAttribute(
        "uncovered", panels.uncovered(user).stream().map(DistrictView::name).toList());
    boolean runs = views.mayRun(user);
    model.addAttribute("runs", runs);
    List<MeetingSummary> listed = runs ? views.all(user) : List.of();
    model.addAttribute("meetings", listed);
    // a panel whose next meeting is already planned opens it rather than planning another
    Map<UUID, MeetingSummary> upcoming = new HashMap<>();
    for (MeetingSummary m : listed) {
      if (m.status() != MeetingStatus.MINUTES_APPROVED) {
        upcoming.merge(m.panelId(), m, (a, b) -> a.meetingOn().isBefore(b.meetingOn()) ? a : b);
      }
    }
    model.addAttribute("upcoming", upcoming);
    List<UUID> managers = panels.countyManagers(user);
    model.addAttribute(
        "countyManagers",
        directory.users(managers).values().stream().map(UserView::displayName).sorted().toList());
    return "panel/panels";
  }

  @GetMapping("/panels/new")
  String newForm(CurrentUser user, Model model) {
    ConfigureForm form = new ConfigureForm();
    form.setVersion(0);
    form.setIntervalMonths(String.valueOf(Panels.DEFAULT_INTERVAL_MONTHS));
    return configure(user, null, form, model);
  }

  @PostMapping("/panels/new")
  String create(
      @ModelAttribute("form") ConfigureForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return save(user, null, form, errors, model, redirect);
  }

  @GetMapping("/panels/{panelId}")
  String configureForm(@PathVariable UUID panelId, CurrentUser user, Model model) {
    PanelView panel = panels.of(user, panelId);
    ConfigureForm form = new ConfigureForm();
    form.setVersion(panel.version());
    form.setName(panel.name());
    form.setDistrictIds(panel.districts().stream().map(d -> d.id().toString()).toList());
    form.setChairUserId(panel.chairUserId() == null ? null : panel.chairUserId().toString());
    form.setMemberAgencies(panel.memberAgencies().stream().map(a -> a.id().toString()).toList());
    form.setIntervalMonths(String.valueOf(panel.intervalMonths()));
    form.setNextMeetingOn(new DateInput(panel.nextMeetingOn()));
    return configure(user, panel, form, model);
  }

  @PostMapping("/panels/{panelId}")
  String configure(
      @PathVariable UUID panelId,
      @ModelAttribute("form") ConfigureForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return save(user, panels.of(user, panelId), form, errors, model, redirect);
  }

  private String save(
      CurrentUser user,
      @Nullable PanelView panel,
      ConfigureForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Integer interval = null;
    try {
      interval =
          Integer.valueOf(Objects.requireNonNullElse(Texts.clean(form.getIntervalMonths()), ""));
    } catch (NumberFormatException e) {
      errors.rejectValue("intervalMonths", "panel.error.interval");
    }
    LocalDate next = null;
    switch (form.getNextMeetingOn().parse()) {
      case DateInput.Valid v -> next = v.date();
      case DateInput.Invalid i -> errors.rejectValue("nextMeetingOn", "panel.error.nextMeetingOn");
      case DateInput.Empty e -> {}
    }
    Set<UUID> districts = ids(form.getDistrictIds(), "districtIds", "panel.error.district", errors);
    Set<UUID> agencies =
        ids(form.getMemberAgencies(), "memberAgencies", "panel.error.agency", errors);
    // the panel's rules run even when the form refused a field, so every problem shows at once
    try {
      String name = Texts.clean(form.getName());
      panels.configure(
          user,
          panel == null ? null : panel.id(),
          new Panels.Settings(
              name,
              districts,
              Texts.uuid(form.getChairUserId()),
              agencies,
              Objects.requireNonNullElse(interval, 0),
              next),
          form.getVersion(),
          FieldRejections.found(errors));
      redirect.addFlashAttribute("saved", Objects.requireNonNullElse(name, ""));
      return "redirect:/panels";
    } catch (PanelRuleException refused) {
      Rejections.add(errors, refused);
    } catch (ObjectOptimisticLockingFailureException changed) {
      errors.reject("panel.error.changed");
      if (panel != null) {
        form.setVersion(panels.of(user, panel.id()).version());
      }
    }
    return configure(user, panel, form, model);
  }

  /** The ids chosen in a list of checkboxes; anything else is refused by the field. */
  private static Set<UUID> ids(
      List<String> given, String field, String messageKey, BindingResult errors) {
    Set<UUID> ids = new LinkedHashSet<>();
    for (String a : given) {
      UUID id = Texts.uuid(a);
      if (id == null) {
        if (!errors.hasFieldErrors(field)) {
          errors.rejectValue(field, messageKey);
        }
      } else {
        ids.add(id);
      }
    }
    return ids;
  }

  @PostMapping("/panels/{panelId}/meetings")
  String plan(
      @PathVariable UUID panelId,
      @RequestParam(required = false) @Nullable String day,
      @RequestParam(required = false) @Nullable String month,
      @RequestParam(required = false) @Nullable String year,
      CurrentUser user,
      RedirectAttributes redirect) {
    DateInput input = new DateInput();
    input.setDay(day);
    input.setMonth(month);
    input.setYear(year);
    LocalDate on = input.parse() instanceof DateInput.Valid v ? v.date() : null;
    try {
      UUID id = meetings.plan(user, panelId, on);
      return "redirect:/panel-meetings/" + id;
    } catch (PanelRuleException refused) {
      redirect.addFlashAttribute(
          "planError", messages.getMessage(refused.messageKey(), null, Locale.UK));
      return "redirect:/panels";
    }
  }

  @GetMapping("/panels/county-managers")
  String countyManagersForm(CurrentUser user, Model model) {
    model.addAttribute("chosen", panels.countyManagers(user).stream().map(UUID::toString).toList());
    model.addAttribute("managers", panels.chairs(user.partnershipId()));
    return "panel/county-managers";
  }

  @PostMapping("/panels/county-managers")
  String countyManagers(
      @RequestParam(name = "managers", required = false) @Nullable List<String> chosen,
      CurrentUser user,
      RedirectAttributes redirect) {
    Set<UUID> ids = new LinkedHashSet<>();
    for (String s : chosen == null ? List.<String>of() : chosen) {
      UUID id = Texts.uuid(s);
      // not an id: never one of the chairs, so refused as any other wrong choice
      ids.add(id == null ? new UUID(0, 0) : id);
    }
    try {
      panels.setCountyManagers(user, ids);
      redirect.addFlashAttribute("managersSaved", true);
    } catch (PanelRuleException refused) {
      redirect.addFlashAttribute(
          "planError", messages.getMessage(refused.messageKey(), null, Locale.UK));
    }
    return "redirect:/panels";
  }

  private String configure(
      CurrentUser user, @Nullable PanelView panel, ConfigureForm form, Model model) {
    model.addAttribute("panel", panel);
    model.addAttribute("form", form);
    model.addAttribute("chairs", panels.chairs(user.partnershipId()));
    model.addAttribute("agencies", directory.agencies(user.partnershipId()));
    model.addAttribute("districts", directory.districts(user.partnershipId()));
    // which area each district is in now, so the form says where a district would come from
    Map<UUID, String> areaOf = new HashMap<>();
    for (PanelView other : panels.all(user)) {
      if (panel == null || !other.id().equals(panel.id())) {
        other.districts().forEach(d -> areaOf.put(d.id(), other.name()));
      }
    }
    model.addAttribute("areaOf", areaOf);
    return "panel/configure";
  }
}
