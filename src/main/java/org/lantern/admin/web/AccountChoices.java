package org.lantern.admin.web;

import java.util.Objects;
import java.util.stream.Collectors;
import org.lantern.access.CurrentUser;
import org.lantern.access.PartnershipStructure;
import org.lantern.access.Role;
import org.lantern.access.UnitView;
import org.lantern.access.UnitView.UnitKind;
import org.lantern.admin.AccountAdministration;
import org.lantern.admin.AccountAdministration.Reach;
import org.lantern.admin.AccountInvitations.Invitation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the account forms offer: the partnership's agencies, teams and people's roles. */
@Component
class AccountChoices {

  private final PartnershipStructure structure;
  private final AccountAdministration administration;
  private final String baseUrl;

  AccountChoices(
      PartnershipStructure structure,
      AccountAdministration administration,
      @Value("${lantern.base-url:http://localhost:8080}") String baseUrl) {
    this.structure = structure;
    this.administration = administration;
    this.baseUrl = baseUrl;
  }

  /** Closed agencies and teams are not offered, nor what is beyond the administrator's reach. */
  void add(CurrentUser user, Model model) {
    Reach reach = administration.reach(user);
    model.addAttribute(
        "agencies",
        structure.units(user.partnershipId(), UnitKind.AGENCY).stream()
            .filter(a -> !a.closed())
            .filter(a -> reach.everyAgency() || a.id().equals(reach.agencyId()))
            .toList());
    model.addAttribute(
        "teams",
        structure.units(user.partnershipId(), UnitKind.TEAM).stream()
            .filter(t -> !t.closed())
            .filter(t -> reach.everyAgency() || Objects.equals(t.parentId(), reach.agencyId()))
            .toList());
    model.addAttribute(
        "agencyNames",
        structure.units(user.partnershipId(), UnitKind.AGENCY).stream()
            .collect(Collectors.toMap(UnitView::id, UnitView::name)));
    model.addAttribute("roles", Role.forPeople().stream().filter(reach::mayGive).toList());
  }

  /** The link, shown once on the next page, for the administrator to send to the person. */
  void flashInvitation(RedirectAttributes redirect, Invitation invitation) {
    redirect.addFlashAttribute("invitationLink", baseUrl + "/invitation/" + invitation.token());
    redirect.addFlashAttribute("invitationExpires", invitation.expiresAt());
  }
}
