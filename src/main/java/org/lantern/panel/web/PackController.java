package org.lantern.panel.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.panel.MeetingViews;
import org.lantern.panel.PackView;
import org.lantern.platform.pdf.PdfRenderer;
import org.lantern.platform.pdf.PdfResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Panel packs: the meetings a person may read the pack of, and one pack. */
@Controller
class PackController {

  private final MeetingViews packs;
  private final PdfRenderer pdf;

  PackController(MeetingViews packs, PdfRenderer pdf) {
    this.packs = packs;
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
    model.addAttribute("mayOpenMinutes", packs.mayOpenMinutes(user, id));
    return "panel/pack";
  }

  /** The same pack as a PDF to take to the meeting; each child in it is audited. */
  @GetMapping("/panel-meetings/{id}/pack.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable UUID id, CurrentUser user) {
    PackView pack = packs.pack(user, id, "panel pack PDF");
    byte[] document = pdf.render("panel/pack-pdf", Map.of("pack", pack), Locale.UK);
    return PdfResponse.attachment("panel-pack-" + pack.meeting().meetingOn() + ".pdf", document);
  }
}
