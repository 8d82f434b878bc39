package org.lantern.reporting.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.platform.Texts;
import org.lantern.platform.pdf.PdfRenderer;
import org.lantern.platform.pdf.PdfResponse;
import org.lantern.reporting.ReportCards;
import org.lantern.reporting.ReportText;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Panel areas' report cards: the rounds, one card (web and PDF), and the coordinator's text. */
@Controller
class ReportCardController {

  static final int MAX_TEXT = 4000;

  private final ReportCards cards;
  private final PdfRenderer pdf;
  private final MessageSource messages;
  private final AccessPolicy policy;

  ReportCardController(
      ReportCards cards, PdfRenderer pdf, MessageSource messages, AccessPolicy policy) {
    this.cards = cards;
    this.pdf = pdf;
    this.messages = messages;
    this.policy = policy;
  }

  @GetMapping("/panels/report-cards")
  String rounds(CurrentUser user, Model model) {
    model.addAttribute("rounds", cards.rounds(user));
    return "reporting/report-cards";
  }

  @GetMapping("/panels/report-cards/{meetingId}")
  String card(
      @PathVariable UUID meetingId,
      @RequestParam(name = "version", defaultValue = "FULL") String version,
      CurrentUser user,
      Model model) {
    model.addAttribute("card", cards.card(user, meetingId, version(version)));
    return "reporting/report-card";
  }

  @GetMapping("/panels/report-cards/{meetingId}/pdf")
  ResponseEntity<byte[]> pdf(
      @PathVariable UUID meetingId,
      @RequestParam(name = "version", defaultValue = "FULL") String version,
      CurrentUser user) {
    ReportCards.Card card = cards.card(user, meetingId, version(version));
    String title =
        messages.getMessage(
            "report.heading",
            new Object[] {
              card.round().panelName(),
              DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(card.round().on())
            },
            Locale.UK);
    byte[] bytes =
        pdf.render("reporting/report-card-pdf", Map.of("card", card, "title", title), Locale.UK);
    String name =
        "report-card-"
            + card.round().panelName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
            + "-"
            + card.round().on()
            + (card.version() == ReportCards.Version.WIDER ? "-wider" : "")
            + ".pdf";
    return PdfResponse.attachment(name, bytes);
  }

  @GetMapping("/panels/report-cards/{meetingId}/text")
  String textForm(@PathVariable UUID meetingId, CurrentUser user, Model model) {
    model.addAttribute("card", cards.card(user, meetingId, ReportCards.Version.FULL));
    model.addAttribute("text", cards.textFor(user, meetingId));
    return "reporting/report-card-text";
  }

  @PostMapping("/panels/report-cards/{meetingId}/text")
  String write(
      @PathVariable UUID meetingId,
      @RequestParam(name = "locality", required = false) @Nullable String locality,
      @RequestParam(name = "goodPractice", required = false) @Nullable String goodPractice,
      @RequestParam(name = "strategicIssues", required = false) @Nullable String strategicIssues,
      @RequestParam(name = "version", defaultValue = "-1") long version,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    policy.requireRole(user, Permission.WRITE_REPORT_CARD, RecordRef.of("REPORT_CARD", meetingId));
    ReportText text =
        new ReportText(
            Texts.clean(locality),
            Texts.clean(goodPractice),
            Texts.clean(strategicIssues),
            version);
    String tooLong = null;
    if (length(text.locality()) > MAX_TEXT) {
      tooLong = "locality";
    } else if (length(text.goodPractice()) > MAX_TEXT) {
      tooLong = "goodPractice";
    } else if (length(text.strategicIssues()) > MAX_TEXT) {
      tooLong = "strategicIssues";
    }
    if (tooLong == null && cards.write(user, meetingId, text)) {
      redirect.addFlashAttribute("saved", true);
      return "redirect:/panels/report-cards/" + meetingId;
    }
    model.addAttribute("card", cards.card(user, meetingId, ReportCards.Version.FULL));
    model.addAttribute("text", text);
    model.addAttribute("problemField", tooLong == null ? "locality" : tooLong);
    model.addAttribute("conflict", tooLong == null);
    return "reporting/report-card-text";
  }

  private static int length(@Nullable String s) {
    return s == null ? 0 : s.length();
  }

  private static ReportCards.Version version(String asked) {
    return "WIDER".equalsIgnoreCase(asked) ? ReportCards.Version.WIDER : ReportCards.Version.FULL;
  }
}
