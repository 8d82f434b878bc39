package org.lantern.scrutiny.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.platform.Texts;
import org.lantern.platform.pdf.PdfResponse;
import org.lantern.scrutiny.Audience;
import org.lantern.scrutiny.CommitteePacks;
import org.lantern.scrutiny.ScrutinyRejectedException;
import org.lantern.scrutiny.WorkProgrammeViews;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The committee pack: assembling a version, reading it (page and PDF), publishing it. */
@Controller
class CommitteePackController {

  private final CommitteePacks packs;
  private final WorkProgrammeViews views;
  private final AccessPolicy policy;
  private final MessageSource messages;

  CommitteePackController(
      CommitteePacks packs, WorkProgrammeViews views, AccessPolicy policy, MessageSource messages) {
    this.packs = packs;
    this.views = views;
    this.policy = policy;
    this.messages = messages;
  }

  @GetMapping("/scrutiny/meetings/{meetingId}/packs/new")
  String form(@PathVariable UUID meetingId, CurrentUser user, Model model) {
    policy.requireRole(
        user, Permission.MANAGE_WORK_PROGRAMME, RecordRef.of("COMMITTEE_MEETING", meetingId));
    return page(
        user,
        meetingId,
        model,
        "",
        "",
        Audience.PART_A,
        List.of("PERIOD_REPORT", "OUTCOMES", "KPIS", "WORK_PROGRAMME"),
        null);
  }

  @PostMapping("/scrutiny/meetings/{meetingId}/packs")
  String assemble(
      @PathVariable UUID meetingId,
      @RequestParam(name = "title", required = false) @Nullable String title,
      @RequestParam(name = "coveringReport", required = false) @Nullable String covering,
      @RequestParam(name = "audience", defaultValue = "PART_A") String audience,
      @RequestParam(name = "sections", required = false) @Nullable List<String> sections,
      CurrentUser user,
      Model model) {
    policy.requireRole(
        user, Permission.MANAGE_WORK_PROGRAMME, RecordRef.of("COMMITTEE_MEETING", meetingId));
    Audience a = "PART_B".equals(audience) ? Audience.PART_B : Audience.PART_A;
    String t = Texts.clean(title);
    String c = covering == null ? "" : covering.strip();
    List<String> chosen = sections == null ? List.of() : sections;
    try {
      UUID id = packs.assemble(user, meetingId, a, t == null ? "" : t, c, chosen);
      return "redirect:/scrutiny/packs/" + id;
    } catch (ScrutinyRejectedException e) {
      return page(user, meetingId, model, t == null ? "" : t, c, a, chosen, e);
    }
  }

  @GetMapping("/scrutiny/packs/{packId}")
  String read(@PathVariable UUID packId, CurrentUser user, Model model) {
    CommitteePacks.Pack pack = packs.read(user, packId);
    model.addAttribute("pack", pack);
    model.addAttribute(
        "marking", messages.getMessage(pack.audience().bannerKey(), null, Locale.UK));
    model.addAttribute("mayManage", policy.roleAllows(user, Permission.MANAGE_WORK_PROGRAMME));
    return "scrutiny/pack";
  }

  @GetMapping("/scrutiny/packs/{packId}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable UUID packId, CurrentUser user) {
    byte[] bytes = packs.pdf(user, packId);
    return PdfResponse.attachment("committee-pack-" + packId + ".pdf", bytes);
  }

  @PostMapping("/scrutiny/packs/{packId}/publish")
  String publish(@PathVariable UUID packId, CurrentUser user, RedirectAttributes redirect) {
    policy.requireRole(
        user, Permission.MANAGE_WORK_PROGRAMME, RecordRef.of("COMMITTEE_PACK", packId));
    packs.publish(user, packId);
    redirect.addFlashAttribute("published", true);
    return "redirect:/scrutiny/packs/" + packId;
  }

  private String page(
      CurrentUser user,
      UUID meetingId,
      Model model,
      String title,
      String covering,
      Audience audience,
      List<String> chosen,
      @Nullable ScrutinyRejectedException problem) {
    var meeting =
        views
            .meeting(user, meetingId)
            .orElseThrow(() -> new RecordNotFoundException("meeting", meetingId));
    model.addAttribute("meetingId", meetingId);
    model.addAttribute("committeeId", meeting.getKey());
    model.addAttribute("meeting", meeting.getValue());
    model.addAttribute("title", title);
    model.addAttribute("coveringReport", covering);
    model.addAttribute("audience", audience.name());
    model.addAttribute("chosen", chosen);
    Map<String, String> titles = new LinkedHashMap<>();
    packs
        .sections()
        .forEach(s -> titles.put(s.key(), messages.getMessage(s.titleKey(), null, Locale.UK)));
    model.addAttribute("sections", titles);
    model.addAttribute("problem", problem);
    model.addAttribute(
        "problemText",
        problem == null
            ? null
            : messages.getMessage(problem.messageKey(), problem.arguments(), Locale.UK));
    return "scrutiny/pack-form";
  }
}
