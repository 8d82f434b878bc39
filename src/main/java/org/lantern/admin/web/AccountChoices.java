package org.lantern.admin.web;

import java.util.Arrays;
import org.lantern.access.Accounts;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.admin.AccountInvitations.Invitation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the account forms offer: the partnership's agencies, teams and people's roles. */
@Component
class AccountChoices {

  private final Directory directory;
  private final Accounts accounts;
  private final String baseUrl;

  AccountChoices(
      Directory directory,
      Accounts accounts,
      @Value("${lantern.base-url:http://localhost:8080}") String baseUrl) {
    this.directory = directory;
    this.accounts = accounts;
    this.baseUrl = baseUrl;
  }

  void add(CurrentUser user, Model model) {
    model.addAttribute("agencies", directory.agencies(user.partnershipId()));
    model.addAttribute("teams", accounts.teams(user.partnershipId()));
    model.addAttribute(
        "roles", Arrays.stream(Role.values()).filter(r -> r != Role.PARTNER_SYSTEM).toList());
  }

  /** The link, shown once on the next page, for the administrator to send to the person. */
  void flashInvitation(RedirectAttributes redirect, Invitation invitation) {
    redirect.addFlashAttribute("invitationLink", baseUrl + "/invitation/" + invitation.token());
    redirect.addFlashAttribute("invitationExpires", invitation.expiresAt());
  }
}
