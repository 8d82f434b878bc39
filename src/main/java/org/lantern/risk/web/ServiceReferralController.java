package org.lantern.risk.web;

import java.util.List;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.platform.Texts;
import org.lantern.risk.CommissionedService;
import org.lantern.risk.ScreeningChangedException;
import org.lantern.risk.ServiceOutcome;
import org.lantern.risk.ServiceReferralStatus;
import org.lantern.risk.ServiceTeams;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One referral into the commissioned service: the service accepts it (a worker of one of its teams,
 * the support type) or declines it with a reason, and later closes the work with its outcome.
 */
@Controller
class ServiceReferralController {

  private final CommissionedService service;

  ServiceReferralController(CommissionedService service) {
    this.service = service;
  }

  @GetMapping("/service-referrals/{id}")
  String view(@PathVariable UUID id, CurrentUser user, Model model) {
    CommissionedService.Referral r = service.one(user, id);
    ServiceDecisionForm decide = new ServiceDecisionForm();
    decide.setVersion(r.version());
    ServiceCloseForm close = new ServiceCloseForm();
    close.setVersion(r.version());
    return show(user, r, decide, close, model);
  }

  @PostMapping("/service-referrals/{id}/decide")
  String decide(
      @PathVariable UUID id,
      @ModelAttribute("decide") ServiceDecisionForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    CommissionedService.Referral r = service.one(user, id);
    List<UUID> workers =
        service.teamsFor(user, r).stream()
            .flatMap(t -> t.workers().stream())
            .map(w -> w.id())
            .toList();
    form.validate(errors, r.level(), workers);
    if (!errors.hasErrors()) {
      try {
        if (form.accepts()) {
          service.accept(user, id, form.getVersion(), form.getWorker(), form.getSupportType());
        } else {
          service.decline(user, id, form.getVersion(), Texts.clean(form.getReason()));
        }
        redirect.addFlashAttribute(form.accepts() ? "accepted" : "declined", true);
        return "redirect:/service-referrals/" + id;
      } catch (ScreeningChangedException | ObjectOptimisticLockingFailureException changed) {
        errors.reject("serviceReferral.conflict");
      }
    }
    ServiceCloseForm close = new ServiceCloseForm();
    close.setVersion(r.version());
    return show(user, service.one(user, id), form, close, model);
  }

  @PostMapping("/service-referrals/{id}/close")
  String close(
      @PathVariable UUID id,
      @ModelAttribute("close") ServiceCloseForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    CommissionedService.Referral r = service.one(user, id);
    form.validate(errors);
    if (!errors.hasErrors()) {
      try {
        service.close(user, id, form.getVersion(), form.getOutcome(), Texts.clean(form.getNote()));
        redirect.addFlashAttribute("closed", true);
        return "redirect:/service-referrals/" + id;
      } catch (ScreeningChangedException | ObjectOptimisticLockingFailureException changed) {
        errors.reject("serviceReferral.conflict");
      }
    }
    ServiceDecisionForm decide = new ServiceDecisionForm();
    decide.setVersion(r.version());
    return show(user, service.one(user, id), decide, form, model);
  }

  private String show(
      CurrentUser user,
      CommissionedService.Referral r,
      ServiceDecisionForm decide,
      ServiceCloseForm close,
      Model model) {
    List<ServiceTeams.Team> teams = service.teamsFor(user, r);
    model.addAttribute("r", r);
    model.addAttribute("teams", teams);
    model.addAttribute("decide", decide);
    model.addAttribute("close", close);
    model.addAttribute("outcomes", ServiceOutcome.values());
    model.addAttribute("mayDecide", r.status() == ServiceReferralStatus.WAITING);
    model.addAttribute("mayClose", r.status() == ServiceReferralStatus.ACCEPTED);
    return "risk/service-referral";
  }
}
