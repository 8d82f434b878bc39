package org.lantern.admin.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.PartnershipStructure;
import org.lantern.access.Permission;
import org.lantern.access.Role;
import org.lantern.access.SingleSignOnMappingChanges;
import org.lantern.access.SingleSignOnMappingChanges.Wanted;
import org.lantern.access.SingleSignOnMappingRefused;
import org.lantern.access.SingleSignOnMappings;
import org.lantern.access.SingleSignOnMappings.Own;
import org.lantern.access.SingleSignOnProblem;
import org.lantern.access.UnitView;
import org.lantern.access.UnitView.UnitKind;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Single sign-on for the partnership administrator: whether it is on, whether it makes accounts,
 * and each mapping of the identity provider's claims to a role, an agency and a team, with whether
 * it can be applied now. The partnership's own mappings are added, changed (and moved in the order)
 * and removed here, checked as sign-on checks them; the configured ones are read only.
 */
@Controller
class SingleSignOnController {

  private final AccessPolicy policy;
  private final SingleSignOnMappings mappings;
  private final SingleSignOnMappingChanges changes;
  private final PartnershipStructure structure;

  SingleSignOnController(
      AccessPolicy policy,
      SingleSignOnMappings mappings,
      SingleSignOnMappingChanges changes,
      PartnershipStructure structure) {
    this.policy = policy;
    this.mappings = mappings;
    this.changes = changes;
    this.structure = structure;
  }

  @GetMapping("/admin/single-sign-on")
  String show(CurrentUser user, Model model) {
    model.addAttribute("sso", mappings.read(user));
    return "admin/single-sign-on";
  }

  @GetMapping("/admin/single-sign-on/mappings/new")
  String adding(CurrentUser user, Model model) {
    policy.requireRole(user, Permission.MANAGE_PARTNERSHIP_STRUCTURE);
    return form(user, new MappingForm(), null, model);
  }

  @PostMapping("/admin/single-sign-on/mappings/new")
  String add(
      @ModelAttribute("mapping") MappingForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    policy.requireRole(user, Permission.MANAGE_PARTNERSHIP_STRUCTURE);
    Wanted wanted = form.wanted(errors);
    try {
      if (!errors.hasErrors()) {
        changes.add(user, wanted);
        redirect.addFlashAttribute("done", "admin.sso.done.added");
        return "redirect:/admin/single-sign-on";
      }
      reject(errors, changes.problemsOf(user, null, wanted));
    } catch (SingleSignOnMappingRefused refused) {
      reject(errors, refused.problems());
    } catch (DataIntegrityViolationException | OptimisticLockingFailureException meanwhile) {
      // another administrator changed the mappings at the same moment (the same claim and value,
      // or the same place): say what is wrong now, or that they changed
      List<SingleSignOnProblem> now = changes.problemsOf(user, null, wanted);
      if (now.isEmpty()) {
        errors.reject("admin.sso.form.changedMeanwhile");
      }
      reject(errors, now);
    }
    return form(user, form, null, model);
  }

  @GetMapping("/admin/single-sign-on/mappings/{mappingId}")
  String mapping(@PathVariable UUID mappingId, CurrentUser user, Model model) {
    Own own = mappings.own(user, mappingId);
    return form(user, MappingForm.of(own), own, model);
  }

  @PostMapping("/admin/single-sign-on/mappings/{mappingId}")
  String change(
      @PathVariable UUID mappingId,
      @ModelAttribute("mapping") MappingForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    Own own = mappings.own(user, mappingId);
    Wanted wanted = form.wanted(errors);
    try {
      if (!errors.hasErrors()) {
        changes.change(user, mappingId, wanted);
        redirect.addFlashAttribute("done", "admin.sso.done.changed");
        return "redirect:/admin/single-sign-on";
      }
      reject(errors, changes.problemsOf(user, mappingId, wanted));
    } catch (SingleSignOnMappingRefused refused) {
      reject(errors, refused.problems());
    } catch (DataIntegrityViolationException | OptimisticLockingFailureException meanwhile) {
      // another administrator changed the mappings at the same moment (the same claim and value,
      // or the same place): say what is wrong now, or that they changed
      List<SingleSignOnProblem> now = changes.problemsOf(user, mappingId, wanted);
      if (now.isEmpty()) {
        errors.reject("admin.sso.form.changedMeanwhile");
      }
      reject(errors, now);
    }
    return form(user, form, own, model);
  }

  @PostMapping("/admin/single-sign-on/mappings/{mappingId}/remove")
  String remove(@PathVariable UUID mappingId, CurrentUser user, RedirectAttributes redirect) {
    changes.remove(user, mappingId);
    redirect.addFlashAttribute("done", "admin.sso.done.removed");
    return "redirect:/admin/single-sign-on";
  }

  private static void reject(BindingResult errors, List<SingleSignOnProblem> problems) {
    for (SingleSignOnProblem problem : problems) {
      errors.rejectValue(problem.field(), problem.formMessageKey());
    }
  }

  /** The add or change form, offering the partnership's open agencies and teams. */
  private String form(CurrentUser user, MappingForm form, @Nullable Own own, Model model) {
    model.addAttribute("mapping", form);
    model.addAttribute("own", own);
    model.addAttribute(
        "agencies",
        structure.units(user.partnershipId(), UnitKind.AGENCY).stream()
            .filter(a -> !a.closed())
            .toList());
    model.addAttribute(
        "teams",
        structure.units(user.partnershipId(), UnitKind.TEAM).stream()
            .filter(t -> !t.closed())
            .toList());
    model.addAttribute(
        "agencyNames",
        structure.units(user.partnershipId(), UnitKind.AGENCY).stream()
            .collect(Collectors.toMap(UnitView::id, UnitView::name)));
    model.addAttribute("roles", Role.forPeople());
    return "admin/single-sign-on-mapping";
  }
}
