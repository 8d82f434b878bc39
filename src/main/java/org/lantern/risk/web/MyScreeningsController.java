package org.lantern.risk.web;

import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.risk.Oversight;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A worker's screenings (and, for a team manager, the team's to sign off and overdue reviews). */
@Controller
class MyScreeningsController {

  private final Oversight oversight;
  private final AccessPolicy policy;

  MyScreeningsController(Oversight oversight, AccessPolicy policy) {
    this.oversight = oversight;
    this.policy = policy;
  }

  @GetMapping("/screenings")
  String mine(CurrentUser user, Model model) {
    policy.requireRole(user, Permission.COMPLETE_SCREENING);
    model.addAttribute("work", oversight.mine(user));
    if (policy.roleAllows(user, Permission.SIGN_OFF_SCREENING)) {
      model.addAttribute("team", oversight.team(user));
    }
    return "risk/mine";
  }
}
