package org.lantern.risk.web;

import org.lantern.access.CurrentUser;
import org.lantern.risk.CommissionedService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The commissioned service's work list: referrals from signed-off screenings waiting for its
 * decision, and the children it is working with.
 */
@Controller
class ServiceQueueController {

  private final CommissionedService service;

  ServiceQueueController(CommissionedService service) {
    this.service = service;
  }

  @GetMapping("/service-referrals")
  String queue(CurrentUser user, Model model) {
    model.addAttribute("referrals", service.queue(user));
    model.addAttribute("working", service.working(user));
    return "risk/service-queue";
  }
}
