package org.lantern.referral.web;

import java.util.List;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.platform.Texts;
import org.lantern.referral.ConcernChangedException;
import org.lantern.referral.ConcernFile;
import org.lantern.referral.DecisionRouting;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.ThresholdDecision;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The front door's queue, a concern opened for triage, and the threshold decision. */
@Controller
class FrontDoorController {

  private final FrontDoor frontDoor;
  private final ObjectProvider<DecisionRouting> routing;

  FrontDoorController(FrontDoor frontDoor, ObjectProvider<DecisionRouting> routing) {
    this.frontDoor = frontDoor;
    this.routing = routing;
  }

  private List<DecisionRouting.Team> teams(CurrentUser user) {
    DecisionRouting r = routing.getIfAvailable();
    return r == null ? List.of() : r.teams(user.partnershipId());
  }

  @GetMapping("/front-door")
  String queue(CurrentUser user, Model model) {
    FrontDoor.Queue queue = frontDoor.queue(user);
    model.addAttribute("rows", queue.rows());
    model.addAttribute("queue", queue);
    return "referral/queue";
  }

  @GetMapping("/front-door/concerns/{concernId}")
  String triage(@PathVariable UUID concernId, CurrentUser user, Model model) {
    ConcernFile file = frontDoor.open(user, concernId);
    DecisionForm decision = new DecisionForm();
    decision.setVersion(file.concern().version());
    ConfirmationForm confirmation = new ConfirmationForm();
    confirmation.setVersion(file.concern().version());
    return show(file, decision, confirmation, teams(user), model);
  }

  @PostMapping("/front-door/concerns/{concernId}/decision")
  String decide(
      @PathVariable UUID concernId,
      @ModelAttribute("decision") DecisionForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    form.validate(errors);
    List<DecisionRouting.Team> teams = teams(user);
    List<UUID> offered = teams.stream().map(DecisionRouting.Team::id).toList();
    form.validateTeam(errors, offered);
    if (!errors.hasErrors()) {
      try {
        frontDoor.decide(
            user,
            concernId,
            form.getVersion(),
            form.decision(),
            Texts.clean(form.getReasons()),
            form.teamId(offered));
        redirect.addFlashAttribute("decided", true);
        return "redirect:/front-door/concerns/" + concernId;
      } catch (ConcernChangedException | ObjectOptimisticLockingFailureException changed) {
        errors.reject("decide.conflict");
        model.addAttribute("conflict", true);
      }
    }
    ConcernFile file = frontDoor.open(user, concernId);
    ConfirmationForm confirmation = new ConfirmationForm();
    confirmation.setVersion(file.concern().version());
    return show(file, form, confirmation, teams, model);
  }

  @PostMapping("/front-door/concerns/{concernId}/confirmation")
  String confirmationReceived(
      @PathVariable UUID concernId,
      @ModelAttribute("confirmation") ConfirmationForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    form.validate(errors, false);
    if (!errors.hasErrors()) {
      try {
        frontDoor.confirmationReceived(
            user, concernId, form.getVersion(), Texts.clean(form.getAccount()));
        redirect.addFlashAttribute("confirmed", true);
        return "redirect:/front-door/concerns/" + concernId;
      } catch (ConcernChangedException | ObjectOptimisticLockingFailureException changed) {
        errors.reject("confirm.conflict");
      }
    }
    ConcernFile file = frontDoor.open(user, concernId);
    DecisionForm decision = new DecisionForm();
    decision.setVersion(file.concern().version());
    return show(file, decision, form, teams(user), model);
  }

  private static String show(
      ConcernFile file,
      DecisionForm decision,
      ConfirmationForm confirmation,
      List<DecisionRouting.Team> teams,
      Model model) {
    model.addAttribute("teams", teams);
    model.addAttribute("file", file);
    model.addAttribute("decision", decision);
    model.addAttribute("confirmation", confirmation);
    model.addAttribute("decisions", ThresholdDecision.values());
    return "referral/triage";
  }
}
