package org.lantern.risk.web;

import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.risk.CommissionedService;
import org.lantern.risk.ScreeningChangedException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The commissioned service's queue of referrals from screenings, and accepting one. */
@Controller
class ServiceQueueController {

  private final CommissionedService service;

  ServiceQueueController(CommissionedService service) {
    this.service = service;
  }

  @GetMapping("/service-referrals")
  String queue(CurrentUser user, Model model) {
    model.addAttribute("referrals", service.queue(user));
    return "risk/service-queue";
  }

  @PostMapping("/service-referrals/{id}/accept")
  String accept(
      @PathVariable UUID id,
      @RequestParam long version,
      CurrentUser user,
      RedirectAttributes redirect) {
    try {
      service.accept(user, id, version);
      redirect.addFlashAttribute("accepted", true);
    } catch (ScreeningChangedException | ObjectOptimisticLockingFailureException changed) {
      redirect.addFlashAttribute("alreadyAccepted", true);
    }
    return "redirect:/service-referrals";
  }
}
