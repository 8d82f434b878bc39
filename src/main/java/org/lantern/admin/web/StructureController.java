package org.lantern.admin.web;

import java.time.LocalDate;
import java.util.UUID;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AgencyKind;
import org.lantern.access.CurrentUser;
import org.lantern.access.PartnershipStructure;
import org.lantern.access.Permission;
import org.lantern.access.RecordRef;
import org.lantern.access.UnitView;
import org.lantern.access.UnitView.UnitKind;
import org.lantern.admin.AccountRuleBroken;
import org.lantern.admin.StructureAdministration;
import org.lantern.admin.StructureAdministration.NewUnit;
import org.lantern.platform.RecordNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partnership's structure: its districts, agencies and teams, each added, renamed (an agency's
 * numbers changed) and closed from a date on its own page. {@code kind} in the address is {@code
 * districts}, {@code agencies} or {@code teams}.
 */
@Controller
class StructureController {

  private final AccessPolicy policy;
  private final PartnershipStructure structure;
  private final StructureAdministration administration;

  StructureController(
      AccessPolicy policy, PartnershipStructure structure, StructureAdministration administration) {
    this.policy = policy;
    this.structure = structure;
    this.administration = administration;
  }

  @GetMapping("/admin/structure")
  String structure(CurrentUser user, Model model) {
    policy.requireRole(user, Permission.MANAGE_PARTNERSHIP_STRUCTURE);
    lists(user, model);
    return "admin/structure";
  }

  @GetMapping("/admin/structure/{kind}")
  String adding(@PathVariable String kind, CurrentUser user, Model model) {
    policy.requireRole(user, Permission.MANAGE_PARTNERSHIP_STRUCTURE);
    return show(user, new UnitForm(), kind(kind), model);
  }

  @PostMapping("/admin/structure/{kind}")
  String add(
      @PathVariable String kind,
      @ModelAttribute("unit") UnitForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    policy.requireRole(user, Permission.MANAGE_PARTNERSHIP_STRUCTURE);
    UnitKind k = kind(kind);
    form.validateName(errors);
    AgencyKind agencyKind = k == UnitKind.AGENCY ? form.kind(errors) : null;
    if (k == UnitKind.AGENCY) {
      form.validatePhones(errors);
    }
    UUID parent =
        switch (k) {
          case TEAM -> form.agency(errors);
          case DISTRICT -> form.authority();
          case AGENCY -> form.district();
          case LOCAL_AUTHORITY -> null;
        };
    if (errors.hasErrors()) {
      return show(user, form, k, model);
    }
    try {
      UUID id =
          administration.add(
              user,
              new NewUnit(
                  k,
                  form.getName(),
                  parent,
                  agencyKind,
                  UnitForm.blankAsNull(form.getOfficeHoursPhone()),
                  UnitForm.blankAsNull(form.getOutOfHoursPhone())));
      redirect.addFlashAttribute("done", "admin.structure.done.added");
      return "redirect:/admin/structure/" + kind + "/" + id;
    } catch (AccountRuleBroken broken) {
      errors.rejectValue(broken.field(), broken.messageKey());
      return show(user, form, k, model);
    }
  }

  @GetMapping("/admin/structure/{kind}/{unitId}")
  String unit(@PathVariable String kind, @PathVariable UUID unitId, CurrentUser user, Model model) {
    UnitView unit = load(user, kind, unitId);
    UnitForm form = new UnitForm();
    form.setName(unit.name());
    form.setOfficeHoursPhone(unit.officeHoursPhone());
    form.setOutOfHoursPhone(unit.outOfHoursPhone());
    if (unit.kind() == UnitKind.DISTRICT && unit.parentId() != null) {
      form.setAuthorityId(unit.parentId().toString());
    }
    return showUnit(user, unit, form, model);
  }

  @PostMapping("/admin/structure/{kind}/{unitId}")
  String change(
      @PathVariable String kind,
      @PathVariable UUID unitId,
      @ModelAttribute("unit") UnitForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    UnitView unit = load(user, kind, unitId);
    form.validateName(errors);
    if (unit.kind() == UnitKind.AGENCY) {
      form.validatePhones(errors);
    }
    if (errors.hasErrors()) {
      return showUnit(user, unit, form, model);
    }
    try {
      administration.change(
          user,
          unit.kind(),
          unitId,
          form.getName(),
          unit.kind() == UnitKind.AGENCY ? UnitForm.blankAsNull(form.getOfficeHoursPhone()) : null,
          unit.kind() == UnitKind.AGENCY ? UnitForm.blankAsNull(form.getOutOfHoursPhone()) : null);
      UUID authority = form.authority();
      if (unit.kind() == UnitKind.DISTRICT && authority != null) {
        administration.moveDistrict(user, unitId, authority);
      }
    } catch (AccountRuleBroken broken) {
      errors.rejectValue(broken.field(), broken.messageKey());
      return showUnit(user, unit, form, model);
    }
    redirect.addFlashAttribute("done", "admin.structure.done.changed");
    return "redirect:/admin/structure/" + kind + "/" + unitId;
  }

  @PostMapping("/admin/structure/{kind}/{unitId}/close")
  String close(
      @PathVariable String kind,
      @PathVariable UUID unitId,
      @ModelAttribute("unit") UnitForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    UnitView unit = load(user, kind, unitId);
    LocalDate on = form.closingDate(errors);
    if (on == null) {
      form.setName(unit.name());
      return showUnit(user, unit, form, model);
    }
    try {
      administration.close(user, unit.kind(), unitId, on);
    } catch (AccountRuleBroken broken) {
      errors.rejectValue(broken.field(), broken.messageKey());
      return showUnit(user, unit, form, model);
    }
    redirect.addFlashAttribute("done", "admin.structure.done.closed");
    return "redirect:/admin/structure/" + kind + "/" + unitId;
  }

  private UnitView load(CurrentUser user, String kind, UUID unitId) {
    UnitKind k = kind(kind);
    policy.requireRole(
        user, Permission.MANAGE_PARTNERSHIP_STRUCTURE, RecordRef.of(k.name(), unitId));
    return structure
        .unit(user.partnershipId(), k, unitId)
        .orElseThrow(() -> new RecordNotFoundException(kind, unitId));
  }

  private static UnitKind kind(String kind) {
    return switch (kind) {
      case "authorities" -> UnitKind.LOCAL_AUTHORITY;
      case "districts" -> UnitKind.DISTRICT;
      case "agencies" -> UnitKind.AGENCY;
      case "teams" -> UnitKind.TEAM;
      default -> throw new RecordNotFoundException("kind of unit", kind);
    };
  }

  private void lists(CurrentUser user, Model model) {
    model.addAttribute(
        "authorities", structure.units(user.partnershipId(), UnitKind.LOCAL_AUTHORITY));
    model.addAttribute("districts", structure.units(user.partnershipId(), UnitKind.DISTRICT));
    model.addAttribute("agencies", structure.units(user.partnershipId(), UnitKind.AGENCY));
    model.addAttribute("teams", structure.units(user.partnershipId(), UnitKind.TEAM));
  }

  private String show(CurrentUser user, UnitForm form, UnitKind adding, Model model) {
    lists(user, model);
    model.addAttribute("agencyKinds", AgencyKind.values());
    model.addAttribute("adding", adding.name());
    model.addAttribute(
        "path",
        switch (adding) {
          case LOCAL_AUTHORITY -> "authorities";
          case DISTRICT -> "districts";
          case AGENCY -> "agencies";
          case TEAM -> "teams";
        });
    model.addAttribute("unit", form);
    return "admin/unit-new";
  }

  private String showUnit(CurrentUser user, UnitView unit, UnitForm form, Model model) {
    model.addAttribute(
        "authorities", structure.units(user.partnershipId(), UnitKind.LOCAL_AUTHORITY));
    String path =
        switch (unit.kind()) {
          case LOCAL_AUTHORITY -> "authorities";
          case DISTRICT -> "districts";
          case AGENCY -> "agencies";
          case TEAM -> "teams";
        };
    model.addAttribute("action", "/admin/structure/" + path + "/" + unit.id());
    model.addAttribute("place", unit);
    model.addAttribute("unit", form);
    return "admin/unit";
  }
}
