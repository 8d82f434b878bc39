package org.lantern.governance.web;

import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.governance.SubjectAccess;
import org.lantern.governance.SubjectAccessExport;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The subject access export of one child, as an accessible PDF or as JSON: other people redacted
 * unless the officer ticked to keep them. A POST, because making it is an audited act.
 */
@Controller
class SubjectAccessController {

  private final SubjectAccess subjectAccess;
  private final SubjectAccessDownload download;

  SubjectAccessController(SubjectAccess subjectAccess, SubjectAccessDownload download) {
    this.subjectAccess = subjectAccess;
    this.download = download;
  }

  @PostMapping("/governance/children/{childId}/subject-access")
  ResponseEntity<byte[]> export(
      @PathVariable UUID childId,
      @RequestParam(defaultValue = "PDF") String format,
      @RequestParam(defaultValue = "false") boolean keepOthers,
      CurrentUser user) {
    boolean asJson = SubjectAccessDownload.asJson(format);
    SubjectAccessExport export =
        subjectAccess.export(user, childId, keepOthers, asJson ? "JSON" : "PDF");
    return download.of(export, "subject-access-" + childId, asJson);
  }
}
