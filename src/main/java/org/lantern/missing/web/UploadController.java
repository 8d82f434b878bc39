package org.lantern.missing.web;

import java.io.IOException;
import java.util.Locale;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The police upload a CSV file of missing notifications; the page shows what became of each row.
 */
@Controller
class UploadController {

  private final EpisodeUpload upload;
  private final MessageSource messages;
  private final AccessPolicy policy;

  UploadController(EpisodeUpload upload, MessageSource messages, AccessPolicy policy) {
    this.upload = upload;
    this.messages = messages;
    this.policy = policy;
  }

  @GetMapping("/missing/episodes/upload")
  String form(CurrentUser user, Model model) {
    requirePolice(user);
    model.addAttribute("columns", EpisodeUpload.COLUMNS);
    return "missing/upload";
  }

  @PostMapping("/missing/episodes/upload")
  String upload(
      @RequestParam(name = "file", required = false) MultipartFile file,
      CurrentUser user,
      Model model)
      throws IOException {
    requirePolice(user);
    model.addAttribute("columns", EpisodeUpload.COLUMNS);
    if (file == null || file.isEmpty()) {
      model.addAttribute(
          "fileProblem", messages.getMessage("missing.upload.choose", null, Locale.UK));
      model.addAttribute("pageHasErrors", true);
      return "missing/upload";
    }
    EpisodeUpload.Result result = upload.read(user, file.getBytes());
    if (result.fileProblem() != null) {
      model.addAttribute("fileProblem", result.fileProblem());
      model.addAttribute("pageHasErrors", true);
      return "missing/upload";
    }
    model.addAttribute("result", result);
    return "missing/upload";
  }

  private void requirePolice(CurrentUser user) {
    policy.requireRole(user, Permission.UPLOAD_MISSING_EPISODES);
  }
}
