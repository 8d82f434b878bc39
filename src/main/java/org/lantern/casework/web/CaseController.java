package org.lantern.casework.web;

import java.util.UUID;
import java.util.function.Consumer;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Permission;
import org.lantern.casework.Allocation;
import org.lantern.casework.CaseChangedException;
import org.lantern.casework.CaseRuleException;
import org.lantern.casework.Cases;
import org.lantern.casework.web.CaseForms.CloseForm;
import org.lantern.casework.web.CaseForms.ReferenceForm;
import org.lantern.casework.web.CaseForms.TransferForm;
import org.lantern.platform.FieldRejections;
import org.lantern.platform.Texts;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's case: its history, the council reference, transfer and closure. */
@Controller
class CaseController {

  private final Cases cases;
  private final Allocation allocation;
  private final AccessPolicy policy;

  CaseController(Cases cases, Allocation allocation, AccessPolicy policy) {
    this.cases = cases;
    this.allocation = allocation;
    this.policy = policy;
  }

  @GetMapping("/cases/{caseId}")
  String page(@PathVariable UUID caseId, CurrentUser user, Model model) {
    return show(caseId, user, model);
  }

  @PostMapping("/cases/{caseId}/reference")
  String reference(
      @PathVariable UUID caseId,
      @ModelAttribute("referenceForm") ReferenceForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return act(
        caseId,
        errors,
        user,
        model,
        redirect,
        "casework.reference.done",
        () ->
            cases.recordReference(
                user, caseId, form.getVersion(), Texts.clean(form.getReference())),
        m -> m.addAttribute("referenceForm", form));
  }

  @PostMapping("/cases/{caseId}/transfer")
  String transfer(
      @PathVariable UUID caseId,
      @ModelAttribute("transferForm") TransferForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    String to = form.getTo() == null ? "" : form.getTo();
    return act(
        caseId,
        errors,
        user,
        model,
        redirect,
        "casework.transfer.done",
        () -> {
          switch (to) {
            case "WORKER" ->
                cases.transferToWorker(
                    user, caseId, form.getVersion(), CaseForms.id(form.getWorker()));
            case "TEAM" ->
                cases.transferToTeam(user, caseId, form.getVersion(), CaseForms.id(form.getTeam()));
            case "AUTHORITY" ->
                cases.transferOut(
                    user, caseId, form.getVersion(), Texts.clean(form.getAuthority()));
            default -> throw new CaseRuleException("to", "casework.transfer.to.required");
          }
        },
        m -> m.addAttribute("transferForm", form));
  }

  @PostMapping("/cases/{caseId}/close")
  String close(
      @PathVariable UUID caseId,
      @ModelAttribute("closeForm") CloseForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return act(
        caseId,
        errors,
        user,
        model,
        redirect,
        "casework.close.done",
        () ->
            cases.close(
                user,
                caseId,
                form.getVersion(),
                Texts.clean(form.getReason()),
                Texts.clean(form.getActionsPlan())),
        m -> m.addAttribute("closeForm", form));
  }

  private String act(
      UUID caseId,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect,
      String done,
      Runnable action,
      Consumer<Model> keepForm) {
    try {
      action.run();
      redirect.addFlashAttribute("done", done);
      return "redirect:/cases/" + caseId;
    } catch (CaseRuleException refused) {
      FieldRejections.add(errors, refused);
    } catch (CaseChangedException | ObjectOptimisticLockingFailureException changed) {
      errors.reject("casework.changed");
    }
    keepForm.accept(model);
    return show(caseId, user, model);
  }

  private String show(UUID caseId, CurrentUser user, Model model) {
    Cases.Opened opened = cases.open(user, caseId);
    long version = opened.c().version();
    if (!model.containsAttribute("referenceForm")) {
      ReferenceForm f = new ReferenceForm();
      f.setReference(opened.c().councilReference());
      f.setVersion(version);
      model.addAttribute("referenceForm", f);
    }
    if (!model.containsAttribute("transferForm")) {
      TransferForm f = new TransferForm();
      f.setVersion(version);
      model.addAttribute("transferForm", f);
    }
    if (!model.containsAttribute("closeForm")) {
      CloseForm f = new CloseForm();
      f.setVersion(version);
      model.addAttribute("closeForm", f);
    }
    model.addAttribute("opened", opened);
    model.addAttribute("case", opened.c());
    boolean holds =
        user.id().equals(opened.c().workerId())
            || (opened.c().teamId() != null && opened.c().teamId().equals(user.teamId()));
    model.addAttribute(
        "mayTransfer",
        opened.c().isOpen() && holds && policy.roleAllows(user, Permission.TRANSFER_CASE));
    model.addAttribute(
        "mayClose", opened.c().isOpen() && holds && policy.roleAllows(user, Permission.CLOSE_CASE));
    model.addAttribute("workers", allocation.workers(user.partnershipId(), opened.c().teamId()));
    model.addAttribute("teams", cases.teams(user));
    return "casework/case";
  }
}
