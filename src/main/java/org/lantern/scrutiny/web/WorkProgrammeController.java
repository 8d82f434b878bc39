package org.lantern.scrutiny.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.Role;
import org.lantern.platform.Texts;
import org.lantern.scrutiny.CommitteePacks;
import org.lantern.scrutiny.ItemDetails;
import org.lantern.scrutiny.ScrutinyRejectedException;
import org.lantern.scrutiny.WorkProgramme;
import org.lantern.scrutiny.WorkProgrammeViews;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The committee's work programme: committees, members, meetings, items and their history. */
@Controller
class WorkProgrammeController {

  private final WorkProgramme programme;
  private final WorkProgrammeViews views;
  private final CommitteePacks packs;
  private final Directory directory;
  private final AccessPolicy policy;

  WorkProgrammeController(
      WorkProgramme programme,
      WorkProgrammeViews views,
      CommitteePacks packs,
      Directory directory,
      AccessPolicy policy) {
    this.programme = programme;
    this.views = views;
    this.packs = packs;
    this.directory = directory;
    this.policy = policy;
  }

  @GetMapping("/scrutiny/committees")
  String committees(CurrentUser user, Model model) {
    model.addAttribute("committees", views.committees(user));
    model.addAttribute("mayManage", policy.roleAllows(user, Permission.MANAGE_WORK_PROGRAMME));
    return "scrutiny/committees";
  }

  @PostMapping("/scrutiny/committees")
  String create(
      @RequestParam(name = "name", required = false) @Nullable String name,
      CurrentUser user,
      Model model) {
    policy.requireRole(user, Permission.MANAGE_WORK_PROGRAMME);
    String n = Texts.clean(name);
    if (n == null || n.length() > 200) {
      model.addAttribute("committees", views.committees(user));
      model.addAttribute("mayManage", true);
      model.addAttribute("nameProblem", true);
      return "scrutiny/committees";
    }
    UUID id = programme.createCommittee(user, n);
    return "redirect:/scrutiny/committees/" + id;
  }

  @GetMapping("/scrutiny/committees/{committeeId}")
  String committee(@PathVariable UUID committeeId, CurrentUser user, Model model) {
    model.addAttribute("programme", views.programme(user, committeeId));
    model.addAttribute("packs", packs.packs(user, committeeId));
    return "scrutiny/committee";
  }

  @GetMapping("/scrutiny/committees/{committeeId}/members")
  String members(@PathVariable UUID committeeId, CurrentUser user, Model model) {
    policy.requireRole(
        user, Permission.MANAGE_WORK_PROGRAMME, RecordRef.of("COMMITTEE", committeeId));
    model.addAttribute("committeeId", committeeId);
    model.addAttribute("name", programme.committee(user, committeeId));
    model.addAttribute(
        "councillors", directory.usersWithRole(user.partnershipId(), Role.COUNCILLOR));
    model.addAttribute(
        "officers", directory.usersWithRole(user.partnershipId(), Role.STRATEGIC_LEAD));
    model.addAttribute("seated", views.seats(committeeId));
    return "scrutiny/members";
  }

  @PostMapping("/scrutiny/committees/{committeeId}/members")
  String seat(
      @PathVariable UUID committeeId,
      @RequestParam(name = "members", required = false) @Nullable List<UUID> members,
      @RequestParam(name = "officers", required = false) @Nullable List<UUID> officers,
      CurrentUser user) {
    policy.requireRole(
        user, Permission.MANAGE_WORK_PROGRAMME, RecordRef.of("COMMITTEE", committeeId));
    Set<UUID> m = members == null ? Set.of() : new HashSet<>(members);
    Set<UUID> o = officers == null ? Set.of() : new HashSet<>(officers);
    programme.seat(user, committeeId, m, o);
    return "redirect:/scrutiny/committees/" + committeeId;
  }

  @GetMapping("/scrutiny/committees/{committeeId}/meetings/new")
  String meetingForm(@PathVariable UUID committeeId, CurrentUser user, Model model) {
    policy.requireRole(
        user, Permission.MANAGE_WORK_PROGRAMME, RecordRef.of("COMMITTEE", committeeId));
    return meetingPage(user, committeeId, model, new MeetingForm());
  }

  @PostMapping("/scrutiny/committees/{committeeId}/meetings")
  String addMeeting(
      @PathVariable UUID committeeId,
      @ModelAttribute("form") MeetingForm form,
      BindingResult errors,
      CurrentUser user,
      Model model) {
    policy.requireRole(
        user, Permission.MANAGE_WORK_PROGRAMME, RecordRef.of("COMMITTEE", committeeId));
    var on = form.date(errors);
    var at = form.time(errors);
    String place = form.placeText(errors);
    if (errors.hasErrors() || on == null || at == null || place == null) {
      return meetingPage(user, committeeId, model, form);
    }
    programme.addMeeting(user, committeeId, on, at, place);
    return "redirect:/scrutiny/committees/" + committeeId;
  }

  @GetMapping("/scrutiny/committees/{committeeId}/items/new")
  String itemForm(@PathVariable UUID committeeId, CurrentUser user, Model model) {
    policy.requireRole(
        user, Permission.MANAGE_WORK_PROGRAMME, RecordRef.of("COMMITTEE", committeeId));
    return itemPage(user, committeeId, null, model, new ItemForm());
  }

  @PostMapping("/scrutiny/committees/{committeeId}/items")
  String addItem(
      @PathVariable UUID committeeId,
      @ModelAttribute("form") ItemForm form,
      BindingResult errors,
      CurrentUser user,
      Model model) {
    policy.requireRole(
        user, Permission.MANAGE_WORK_PROGRAMME, RecordRef.of("COMMITTEE", committeeId));
    ItemDetails d = form.details(errors);
    if (d != null) {
      try {
        programme.addItem(user, committeeId, d);
        return "redirect:/scrutiny/committees/" + committeeId;
      } catch (ScrutinyRejectedException e) {
        errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
      }
    }
    return itemPage(user, committeeId, null, model, form);
  }

  @GetMapping("/scrutiny/items/{itemId}")
  String item(@PathVariable UUID itemId, CurrentUser user, Model model) {
    WorkProgrammeViews.ItemHistory h = views.item(user, itemId);
    return itemPage(
        user,
        h.item().committeeId(),
        h,
        model,
        ItemForm.of(h.item().details(), h.item().version()));
  }

  @PostMapping("/scrutiny/items/{itemId}")
  String change(
      @PathVariable UUID itemId,
      @ModelAttribute("form") ItemForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    policy.requireRole(
        user, Permission.MANAGE_WORK_PROGRAMME, RecordRef.of("COMMITTEE_ITEM", itemId));
    ItemDetails d = form.details(errors);
    if (d != null) {
      try {
        programme.changeItem(user, itemId, d, form.getVersion());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/scrutiny/items/" + itemId;
      } catch (ScrutinyRejectedException e) {
        errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
      }
    }
    WorkProgrammeViews.ItemHistory h = views.item(user, itemId);
    return itemPage(user, h.item().committeeId(), h, model, form);
  }

  private String meetingPage(CurrentUser user, UUID committeeId, Model model, MeetingForm form) {
    model.addAttribute("committeeId", committeeId);
    model.addAttribute("name", programme.committee(user, committeeId));
    model.addAttribute("form", form);
    return "scrutiny/meeting-form";
  }

  private String itemPage(
      CurrentUser user,
      UUID committeeId,
      WorkProgrammeViews.@Nullable ItemHistory history,
      Model model,
      ItemForm form) {
    model.addAttribute("committeeId", committeeId);
    model.addAttribute("name", programme.committee(user, committeeId));
    model.addAttribute("meetings", views.meetings(committeeId));
    model.addAttribute("history", history);
    model.addAttribute("form", form);
    model.addAttribute("mayManage", policy.roleAllows(user, Permission.MANAGE_WORK_PROGRAMME));
    return "scrutiny/item";
  }
}
