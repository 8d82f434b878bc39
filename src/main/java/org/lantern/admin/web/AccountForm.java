package org.lantern.admin.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.access.Role;
import org.lantern.admin.AccountAdministration;
import org.lantern.platform.QueryParams;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/** A new person (name, e-mail, username) or where an existing one works (agency, team, role). */
public class AccountForm {

  static final int MAX_NAME = 200;
  static final int MAX_EMAIL = 320;

  private String displayName = "";
  private String email = "";
  private String username = "";
  private String agencyId = "";
  private String teamId = "";
  private String role = "";

  /** Where the person works and what they do, when each was chosen well. */
  record Placement(UUID agencyId, @Nullable UUID teamId, Role role) {}

  /** Checks the person's own details (a new account). */
  void validatePerson(Errors errors) {
    if (displayName.isBlank() || displayName.strip().length() > MAX_NAME) {
      errors.rejectValue("displayName", "admin.account.displayName.missing");
    }
    if (!AccountAdministration.emailLooksRight(email)) {
      errors.rejectValue("email", "admin.account.email.invalid");
    }
    if (username.isBlank()) {
      errors.rejectValue("username", "admin.account.username.invalid");
    }
  }

  /** Checks the agency, team and role were chosen from the lists. */
  @Nullable Placement validatePlacement(Errors errors) {
    UUID agency = Texts.uuid(agencyId);
    if (agency == null) {
      errors.rejectValue("agencyId", "admin.account.agency.unknown");
    }
    UUID team = teamId.isBlank() ? null : Texts.uuid(teamId);
    if (!teamId.isBlank() && team == null) {
      errors.rejectValue("teamId", "admin.account.team.otherAgency");
    }
    Role r = QueryParams.oneOf(Role.class, role);
    if (r == null || !r.isForPeople()) {
      errors.rejectValue("role", "admin.account.role.missing");
    }
    return errors.hasErrors() || agency == null || r == null || !r.isForPeople()
        ? null
        : new Placement(agency, team, r);
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(@Nullable String displayName) {
    this.displayName = displayName == null ? "" : displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(@Nullable String email) {
    this.email = email == null ? "" : email;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(@Nullable String username) {
    this.username = username == null ? "" : username;
  }

  public String getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(@Nullable String agencyId) {
    this.agencyId = agencyId == null ? "" : agencyId;
  }

  public String getTeamId() {
    return teamId;
  }

  public void setTeamId(@Nullable String teamId) {
    this.teamId = teamId == null ? "" : teamId;
  }

  public String getRole() {
    return role;
  }

  public void setRole(@Nullable String role) {
    this.role = role == null ? "" : role;
  }
}
