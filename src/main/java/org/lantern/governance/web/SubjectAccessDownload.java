package org.lantern.governance.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.lantern.governance.SubjectAccessExport;
import org.lantern.platform.pdf.PdfRenderer;
import org.lantern.platform.pdf.PdfResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subject access export as the officer downloads it, a child's or an adult's alike: JSON, or an
 * accessible PDF titled with the subject's name.
 */
@Component
class SubjectAccessDownload {

  private final PdfRenderer pdf;
  private final JsonMapper json;
  private final MessageSource messages;

  SubjectAccessDownload(PdfRenderer pdf, JsonMapper json, MessageSource messages) {
    this.pdf = pdf;
    this.json = json;
    this.messages = messages;
  }

  /** Whether the format asked for is JSON (anything else is the PDF). */
  static boolean asJson(String format) {
    return "JSON".equalsIgnoreCase(format);
  }

  /** The export as a file named {@code file} (without its extension). */
  ResponseEntity<byte[]> of(SubjectAccessExport export, String file, boolean asJson) {
    if (asJson) {
      return ResponseEntity.ok()
          .contentType(MediaType.APPLICATION_JSON)
          .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".json\"")
          .body(json.writeValueAsString(export).getBytes(StandardCharsets.UTF_8));
    }
    String title =
        messages.getMessage(
            "governance.subjectAccess.pdf.title", new Object[] {export.subjectName()}, Locale.UK);
    return PdfResponse.attachment(
        file + ".pdf",
        pdf.render(
            "governance/subject-access-pdf", Map.of("export", export, "title", title), Locale.UK));
  }
}
