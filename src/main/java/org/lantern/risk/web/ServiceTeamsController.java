package org.lantern.risk.web;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.platform.Texts;
import org.lantern.risk.ServiceTeamAdministration;
import org.lantern.risk.ServiceTeamRuleException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The commissioned service's teams for the partnership administrator: the list with a form to add
 * one, and each team's page to rename it, change its districts or close it.
 */
@Controller
class ServiceTeamsController {

  private final ServiceTeamAdministration teams;
  private final Directory directory;

  ServiceTeamsController(ServiceTeamAdministration teams, Directory directory) {
    this.teams = teams;
    this.directory = directory;
  }

  @GetMapping("/service-teams")
  String list(CurrentUser user, Model model) {
    return list(user, new ServiceTeamForm(), model);
  }

  @PostMapping("/service-teams")
  String add(
      @ModelAttribute("form") ServiceTeamForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    try {
      teams.add(
          user,
          new ServiceTeamAdministration.Input(
              Texts.clean(form.getName()), Texts.uuid(form.getAgencyId()), districts(form)));
      redirect.addFlashAttribute("saved", Objects.requireNonNull(form.getName()).strip());
      return "redirect:/service-teams";
    } catch (ServiceTeamRuleException refused) {
      errors.rejectValue(refused.field(), refused.messageKey());
      return list(user, form, model);
    }
  }

  @GetMapping("/service-teams/{teamId}")
  String team(@PathVariable UUID teamId, CurrentUser user, Model model) {
    ServiceTeamAdministration.Row team = teams.one(user, teamId);
    ServiceTeamForm form = new ServiceTeamForm();
    form.setName(team.name());
    form.setDistrictIds(team.districts().stream().map(d -> d.id().toString()).toList());
    return team(user, team, form, model);
  }

  @PostMapping("/service-teams/{teamId}")
  String change(
      @PathVariable UUID teamId,
      @ModelAttribute("form") ServiceTeamForm form,
      BindingResult errors,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    try {
      teams.change(
          user,
          teamId,
          new ServiceTeamAdministration.Input(Texts.clean(form.getName()), null, districts(form)));
      redirect.addFlashAttribute("saved", Objects.requireNonNull(form.getName()).strip());
      return "redirect:/service-teams";
    } catch (ServiceTeamRuleException refused) {
      errors.rejectValue(refused.field(), refused.messageKey());
      return team(user, teams.one(user, teamId), form, model);
    }
  }

  @PostMapping("/service-teams/{teamId}/close")
  String close(@PathVariable UUID teamId, CurrentUser user, RedirectAttributes redirect) {
    ServiceTeamAdministration.Row team = teams.one(user, teamId);
    teams.close(user, teamId);
    redirect.addFlashAttribute("closed", team.name());
    return "redirect:/service-teams";
  }

  private String list(CurrentUser user, ServiceTeamForm form, Model model) {
    model.addAttribute("teams", teams.list(user));
    model.addAttribute("districts", teams.districtChoices(user));
    model.addAttribute("agencies", directory.agencies(user.partnershipId()));
    model.addAttribute("form", form);
    return "risk/service-teams";
  }

  private String team(
      CurrentUser user, ServiceTeamAdministration.Row team, ServiceTeamForm form, Model model) {
    model.addAttribute("team", team);
    model.addAttribute("districts", teams.districtChoices(user));
    model.addAttribute("form", form);
    return "risk/service-team";
  }

  private static Set<UUID> districts(ServiceTeamForm form) {
    Set<UUID> ids = new LinkedHashSet<>();
    for (String given : form.getDistrictIds()) {
      @Nullable UUID id = Texts.uuid(given);
      if (id != null) {
        ids.add(id);
      }
    }
    return ids;
  }
}
