package org.lantern.admin.web;

import org.jspecify.annotations.Nullable;
import org.lantern.access.Role;
import org.lantern.access.SingleSignOnMappingChanges.Wanted;
import org.lantern.access.SingleSignOnMappings.Own;
import org.lantern.platform.QueryParams;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/**
 * One of the partnership's own single sign-on mappings as the form holds it: the claim (groups
 * unless another is named) and its value, the role, agency and team it gives, and its place in the
 * order. What each field may hold is checked where sign-on checks it; here only the place's number
 * is read.
 */
public class MappingForm {

  static final int MAX_VALUE = 500;
  static final int MAX_CLAIM = 100;

  private String claim = "groups";
  private String value = "";
  private String role = "";
  private String agencyId = "";
  private String teamId = "";
  private String position = "";

  static MappingForm of(Own own) {
    MappingForm form = new MappingForm();
    form.claim = own.claim();
    form.value = own.value();
    form.role = own.role().name();
    form.agencyId = own.agencyId().toString();
    form.teamId = own.teamId() == null ? "" : own.teamId().toString();
    form.position = String.valueOf(own.position());
    return form;
  }

  /** What is asked for; a place that is not a whole number from 1 is refused by its field. */
  Wanted wanted(Errors errors) {
    Integer place = null;
    if (!position.isBlank()) {
      try {
        place = Integer.parseInt(position.strip());
      } catch (NumberFormatException e) {
        place = 0;
      }
      if (place < 1) {
        errors.rejectValue("position", "admin.sso.form.position.invalid");
      }
    }
    if (claim.strip().length() > MAX_CLAIM) {
      errors.rejectValue("claim", "admin.sso.form.claim.tooLong");
    }
    if (value.strip().length() > MAX_VALUE) {
      errors.rejectValue("value", "admin.sso.form.value.tooLong");
    }
    @Nullable Role chosen = QueryParams.oneOf(Role.class, role);
    return new Wanted(claim, value, chosen, Texts.uuid(agencyId), Texts.uuid(teamId), place);
  }

  public String getClaim() {
    return claim;
  }

  public void setClaim(String claim) {
    this.claim = claim == null ? "" : claim;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value == null ? "" : value;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role == null ? "" : role;
  }

  public String getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(String agencyId) {
    this.agencyId = agencyId == null ? "" : agencyId;
  }

  public String getTeamId() {
    return teamId;
  }

  public void setTeamId(String teamId) {
    this.teamId = teamId == null ? "" : teamId;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position == null ? "" : position;
  }
}
