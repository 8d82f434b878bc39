package org.lantern.admin.web;

import org.lantern.access.CurrentUser;
import org.lantern.access.SingleSignOnMappings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Single sign-on as it stands, for the partnership administrator: whether it is on, whether it
 * makes accounts, and each mapping of the identity provider's claims to a role, an agency and a
 * team, with whether it can be applied now. Read only: the mappings are configuration.
 */
@Controller
class SingleSignOnController {

  private final SingleSignOnMappings mappings;

  SingleSignOnController(SingleSignOnMappings mappings) {
    this.mappings = mappings;
  }

  @GetMapping("/admin/single-sign-on")
  String show(CurrentUser user, Model model) {
    model.addAttribute("sso", mappings.read(user));
    return "admin/single-sign-on";
  }
}
