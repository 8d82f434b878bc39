package org.lantern.casework.web;

import org.lantern.access.CurrentUser;
import org.lantern.casework.Caseloads;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "My children" for a worker and "Our team's children" for a manager. */
@Controller
class CaseloadController {

  private final Caseloads caseloads;

  CaseloadController(Caseloads caseloads) {
    this.caseloads = caseloads;
  }

  @GetMapping("/my-children")
  String mine(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
    model.addAttribute("children", caseloads.mine(user, page));
    model.addAttribute("today", caseloads.today());
    return "casework/mine";
  }

  @GetMapping("/casework/team")
  String team(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
    model.addAttribute("team", caseloads.team(user, page));
    model.addAttribute("today", caseloads.today());
    return "casework/team";
  }
}
