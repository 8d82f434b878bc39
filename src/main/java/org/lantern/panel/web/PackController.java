package org.lantern.panel.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.panel.MeetingViews;
import org.lantern.panel.PackView;
import org.lantern.panel.PackViews;
import org.lantern.platform.pdf.PdfRenderer;
import org.lantern.platform.pdf.PdfResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Panel packs: the meetings a person may read the pack of, and one pack. */
@Controller
class PackController {

  private final PackViews packs;
  private final MeetingViews views;
  private final PdfRenderer pdf;

  PackController(PackViews packs, MeetingViews views, PdfRenderer pdf) {
    this.packs = packs;
    this.views = views;
    this.pdf = pdf;
  }

  @GetMapping("/panel-packs")
  String list(CurrentUser user, Model model) {
    model.addAttribute("meetings", packs.readable(user));
    return "panel/packs";
  }

  @GetMapping("/panel-meetings/{id}/pack")
  String pack(@PathVariable UUID id, CurrentUser user, Model model) {
    model.addAttribute("pack", packs.pack(user, id));
    model.addAttribute("mayOpenMinutes", views.mayOpenMinutes(user, id));
    model.addAttribute("mayRun", views.mayRun(user));
    return "panel/pack";
  }

  /**
   * The same pack as a PDF to take to the meeting; each child in it is audited. Before the agenda
   * is agreed there is no PDF for a member: back to the pack page, which says so.
   */
  @GetMapping("/panel-meetings/{id}/pack.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable UUID id, CurrentUser user) {
    PackView pack = packs.pack(user, id, "panel pack PDF");
    if (!pack.agreed() && pack.children().isEmpty() && !views.mayRun(user)) {
      return ResponseEntity.status(HttpStatus.SEE_OTHER)
          .location(URI.create("/panel-meetings/" + id + "/pack"))
          .build();
    }
    byte[] document = pdf.render("panel/pack-pdf", Map.of("pack", pack), Locale.UK);
    return PdfResponse.attachment("panel-pack-" + pack.meeting().meetingOn() + ".pdf", document);
  }
}
