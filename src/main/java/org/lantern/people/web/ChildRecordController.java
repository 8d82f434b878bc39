package org.lantern.people.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.people.ChildFile;
import org.lantern.people.Children;
import org.lantern.platform.ListSearch;
import org.lantern.platform.QueryParams;
import org.lantern.platform.pdf.PdfRenderer;
import org.lantern.platform.pdf.PdfResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A child's record, and (for information governance) who has looked at it. */
@Controller
class ChildRecordController {

  private final ChildFile files;
  private final Children children;
  private final PdfRenderer pdf;

  ChildRecordController(ChildFile files, Children children, PdfRenderer pdf) {
    this.files = files;
    this.children = children;
    this.pdf = pdf;
  }

  /**
   * The child's record. A record the front door joined into another child's leads to that child:
   * links to it (in e-mails, bookmarks, the audit log) still find the child.
   */
  @GetMapping("/children/{childId}")
  String record(@PathVariable UUID childId, CurrentUser user, Model model) {
    UUID current = children.current(childId);
    if (!current.equals(childId)) {
      return "redirect:/children/" + current;
    }
    model.addAttribute("file", files.open(user, childId));
    return "people/record";
  }

  /**
   * The child's file as a PDF: what this person is shown on the page (the same sections, the same
   * records, the same note of what is not shown), and audited as an export.
   */
  @GetMapping("/children/{childId}/file.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable UUID childId, CurrentUser user) {
    ChildFile.View file = files.export(user, childId);
    byte[] document = pdf.render("people/file-pdf", Map.of("file", file), Locale.UK);
    return PdfResponse.attachment("child-record-" + childId + ".pdf", document);
  }

  /**
   * Who has looked at the child's record, a page at a time: newest first (or oldest, {@code
   * sort=when}), narrowed to a person or agency and to refusals; all kept in the address.
   */
  @GetMapping("/children/{childId}/audit")
  String audit(
      @PathVariable UUID childId,
      @RequestParam(defaultValue = "1") String page,
      @RequestParam(required = false) @Nullable String search,
      @RequestParam(required = false) @Nullable String refused,
      @RequestParam(required = false) @Nullable String sort,
      CurrentUser user,
      Model model) {
    AuditLog.ChildQuery query =
        new AuditLog.ChildQuery(
            QueryParams.page(page),
            ListSearch.of(search).isBlank() ? null : search.strip(),
            "yes".equals(refused),
            AuditLog.ChildQuery.oldestFirst(sort));
    model.addAttribute("audit", files.audit(user, childId, query));
    return "people/audit";
  }
}
