package org.lantern.people.web;

import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.people.ChildFile;
import org.lantern.people.Children;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A child's record, and (for information governance) who has looked at it. */
@Controller
class ChildRecordController {

  private final ChildFile files;
  private final Children children;

  ChildRecordController(ChildFile files, Children children) {
    this.files = files;
    this.children = children;
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

  @GetMapping("/children/{childId}/audit")
  String audit(@PathVariable UUID childId, CurrentUser user, Model model) {
    model.addAttribute("audit", files.audit(user, childId));
    return "people/audit";
  }
}
