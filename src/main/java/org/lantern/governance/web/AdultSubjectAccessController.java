package org.lantern.governance.web;

import java.util.List;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.governance.SubjectAccess;
import org.lantern.governance.SubjectAccessExport;
import org.lantern.governance.SubjectRecordSource.AdultSubject;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Subject access for an adult of concern: the officer finds the adult by name, then exports
 * everything Lantern holds about them (as for a child: accessible PDF or JSON, other people
 * redacted unless kept, the export audited).
 */
@Controller
class AdultSubjectAccessController {

  private final SubjectAccess subjectAccess;
  private final AccessPolicy policy;
  private final SubjectAccessDownload download;

  AdultSubjectAccessController(
      SubjectAccess subjectAccess, AccessPolicy policy, SubjectAccessDownload download) {
    this.subjectAccess = subjectAccess;
    this.policy = policy;
    this.download = download;
  }

  /** The search page; with {@code name} given (the form sent), the adults it finds. */
  @GetMapping("/governance/adults")
  String find(
      @ModelAttribute("search") AdultSearchForm form,
      BindingResult errors,
      CurrentUser user,
      Model model) {
    policy.requireRole(user, Permission.EXPORT_SUBJECT_ACCESS);
    if (form.getName() == null) {
      return "governance/adults";
    }
    String words = form.validate(errors);
    if (words != null) {
      List<AdultSubject> found = subjectAccess.findAdults(user, words);
      model.addAttribute("adults", found);
    }
    return "governance/adults";
  }

  @GetMapping("/governance/adults/{adultId}")
  String adult(@PathVariable UUID adultId, CurrentUser user, Model model) {
    model.addAttribute("adult", subjectAccess.adult(user, adultId));
    return "governance/adult";
  }

  @PostMapping("/governance/adults/{adultId}/subject-access")
  ResponseEntity<byte[]> export(
      @PathVariable UUID adultId,
      @RequestParam(defaultValue = "PDF") String format,
      @RequestParam(defaultValue = "false") boolean keepOthers,
      CurrentUser user) {
    boolean asJson = SubjectAccessDownload.asJson(format);
    SubjectAccessExport export =
        subjectAccess.exportAdult(user, adultId, keepOthers, asJson ? "JSON" : "PDF");
    return download.of(export, "subject-access-adult-" + adultId, asJson);
  }
}
