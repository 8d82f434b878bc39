package org.lantern.referral.web;

import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.referral.ConcernReading;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A concern read outside the front door: by the exploitation coordinator, or a child's worker. The
 * referrer of a phone referral not yet confirmed in writing is sent to their own page for it.
 */
@Controller
class ConcernController {

  private final ConcernReading reading;
  private final AccessPolicy policy;

  ConcernController(ConcernReading reading, AccessPolicy policy) {
    this.reading = reading;
    this.policy = policy;
  }

  @GetMapping("/concerns/{concernId}")
  String concern(@PathVariable UUID concernId, CurrentUser user, Model model) {
    if (policy.roleAllows(user, Permission.DECIDE_CONCERN)) {
      return "redirect:/front-door/concerns/" + concernId;
    }
    if (reading.awaitsConfirmationFrom(user, concernId)) {
      return "redirect:/referrals/" + concernId;
    }
    model.addAttribute("file", reading.open(user, concernId));
    return "referral/concern";
  }
}
