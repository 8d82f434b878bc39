package org.lantern.referral.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.DistrictView;
import org.lantern.platform.QueryParams;
import org.lantern.platform.Texts;
import org.lantern.referral.Channel;
import org.lantern.referral.ConcernChangedException;
import org.lantern.referral.ConcernFile;
import org.lantern.referral.DecisionRouting;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.FrontDoorQueue;
import org.lantern.referral.RiskIndicator;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The front door's queue, a concern opened for triage, and the threshold decision. */
@Controller
class FrontDoorController {

  private final FrontDoor frontDoor;
  private final FrontDoorQueue queue;
  private final Directory directory;
  private final ObjectProvider<DecisionRouting> routing;

  FrontDoorController(
      FrontDoor frontDoor,
      FrontDoorQueue queue,
      Directory directory,
      ObjectProvider<DecisionRouting> routing) {
    this.frontDoor = frontDoor;
    this.queue = queue;
    this.directory = directory;
    this.routing = routing;
  }

  private List<DecisionRouting.Team> teams(CurrentUser user) {
    DecisionRouting r = routing.getIfAvailable();
    return r == null ? List.of() : r.teams(user.partnershipId());
  }

  /**
   * The queue, most urgent first, a page at a time. Filters travel in the address, so a filtered
   * queue can be bookmarked or sent; a filter value that is not one of the choices is ignored.
   */
  @GetMapping("/front-door")
  String queue(
      @RequestParam(defaultValue = "1") String page,
      @RequestParam(required = false) @Nullable String search,
      @RequestParam(required = false) @Nullable String district,
      @RequestParam(required = false) @Nullable String indicator,
      @RequestParam(required = false) @Nullable String channel,
      CurrentUser user,
      Model model) {
    List<DistrictView> districts = directory.districts(user.partnershipId());
    UUID districtId =
        districts.stream()
            .map(DistrictView::id)
            .filter(id -> id.toString().equals(district))
            .findFirst()
            .orElse(null);
    String text = search == null ? null : Texts.clean(search);
    FrontDoorQueue.Query query =
        new FrontDoorQueue.Query(
            QueryParams.page(page),
            text == null || text.isBlank() ? null : text.substring(0, Math.min(text.length(), 100)),
            districtId,
            QueryParams.oneOf(RiskIndicator.class, indicator),
            QueryParams.oneOf(Channel.class, channel));
    model.addAttribute("queue", queue.page(user, query));
    model.addAttribute("districts", districts);
    model.addAttribute("indicators", RiskIndicator.values());
    model.addAttribute("channels", Channel.values());
    model.addAttribute("me", user.id());
    return "referral/queue";
  }

  @PostMapping("/front-door/concerns/{concernId}/pick-up")
  String pickUp(@PathVariable UUID concernId, CurrentUser user, RedirectAttributes redirect) {
    try {
      frontDoor.pickUp(user, concernId);
      redirect.addFlashAttribute("pickedUp", true);
    } catch (ConcernChangedException decided) {
      redirect.addFlashAttribute("alreadyDecided", true);
    }
    return "redirect:/front-door/concerns/" + concernId;
  }

  @PostMapping("/front-door/concerns/{concernId}/put-down")
  String putDown(@PathVariable UUID concernId, CurrentUser user, RedirectAttributes redirect) {
    if (frontDoor.putDown(user, concernId)) {
      redirect.addFlashAttribute("putDown", true);
    }
    return "redirect:/front-door";
  }

  @GetMapping("/front-door/concerns/{concernId}")
  String triage(@PathVariable UUID concernId, CurrentUser user, Model model) {
    ConcernFile file = frontDoor.open(user, concernId);
    DecisionForm decision = new DecisionForm();
    decision.setVersion(file.concern().version());
    ConfirmationForm confirmation = new ConfirmationForm();
    confirmation.setVersion(file.concern().version());
    return show(user, file, decision, confirmation, teams(user), model);
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
    return show(user, file, form, confirmation, teams, model);
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
    return show(user, file, decision, form, teams(user), model);
  }

  private String show(
      CurrentUser user,
      ConcernFile file,
      DecisionForm decision,
      ConfirmationForm confirmation,
      List<DecisionRouting.Team> teams,
      Model model) {
    model.addAttribute("teams", teams);
    model.addAttribute("held", frontDoor.pickedUp(file.concern().id()).orElse(null));
    model.addAttribute("me", user.id());
    model.addAttribute("file", file);
    model.addAttribute("decision", decision);
    model.addAttribute("confirmation", confirmation);
    model.addAttribute("decisions", ThresholdDecision.values());
    return "referral/triage";
  }
}
