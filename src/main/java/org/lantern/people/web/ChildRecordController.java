package org.lantern.people.web;

import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.people.ChildFile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A child's record, and (for information governance) who has looked at it. */
@Controller
class ChildRecordController {

  private final ChildFile files;

  ChildRecordController(ChildFile files) {
    this.files = files;
  }

  @GetMapping("/children/{childId}")
  String record(@PathVariable UUID childId, CurrentUser user, Model model) {
    model.addAttribute("file", files.open(user, childId));
    return "people/record";
  }

  @GetMapping("/children/{childId}/audit")
  String audit(@PathVariable UUID childId, CurrentUser user, Model model) {
    model.addAttribute("audit", files.audit(user, childId));
    return "people/audit";
  }
}
