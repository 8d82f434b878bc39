package org.lantern.governance.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.governance.SubjectAccess;
import org.lantern.governance.SubjectAccessExport;
import org.lantern.platform.pdf.PdfRenderer;
import org.lantern.platform.pdf.PdfResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subject access export of one child, as an accessible PDF or as JSON: other people redacted
 * unless the officer ticked to keep them. A POST, because making it is an audited act.
 */
@Controller
class SubjectAccessController {

  private final SubjectAccess subjectAccess;
  private final PdfRenderer pdf;
  private final JsonMapper json;
  private final MessageSource messages;

  SubjectAccessController(
      SubjectAccess subjectAccess, PdfRenderer pdf, JsonMapper json, MessageSource messages) {
    this.subjectAccess = subjectAccess;
    this.pdf = pdf;
    this.json = json;
    this.messages = messages;
  }

  @PostMapping("/governance/children/{childId}/subject-access")
  ResponseEntity<byte[]> export(
      @PathVariable UUID childId,
      @RequestParam(defaultValue = "PDF") String format,
      @RequestParam(defaultValue = "false") boolean keepOthers,
      CurrentUser user) {
    boolean asJson = "JSON".equalsIgnoreCase(format);
    SubjectAccessExport export =
        subjectAccess.export(user, childId, keepOthers, asJson ? "JSON" : "PDF");
    String name = "subject-access-" + childId;
    if (asJson) {
      return ResponseEntity.ok()
          .contentType(MediaType.APPLICATION_JSON)
          .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".json\"")
          .body(json.writeValueAsString(export).getBytes(StandardCharsets.UTF_8));
    }
    String title =
        messages.getMessage(
            "governance.subjectAccess.pdf.title", new Object[] {export.subjectName()}, Locale.UK);
    return PdfResponse.attachment(
        name + ".pdf",
        pdf.render(
            "governance/subject-access-pdf", Map.of("export", export, "title", title), Locale.UK));
  }
}
