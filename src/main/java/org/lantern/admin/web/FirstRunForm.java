package org.lantern.admin.web;

import org.jspecify.annotations.Nullable;
import org.lantern.admin.AccountAdministration;
import org.lantern.admin.FirstRun;
import org.springframework.validation.Errors;

/**
 * The first-run page: the set-up code, the partnership, its council and the first administrator.
 */
public class FirstRunForm {

  private String setUpCode = "";
  private String partnershipName = "";
  private String councilName = "";
  private String administratorName = "";
  private String administratorEmail = "";
  private String administratorUsername = "";

  /** The details when every field is good; otherwise null with the errors by the field. */
  FirstRun.@Nullable Details validate(Errors errors, FirstRun firstRun) {
    if (!firstRun.codeMatches(setUpCode)) {
      errors.rejectValue("setUpCode", "admin.firstRun.setUpCode.wrong");
    }
    if (partnershipName.isBlank() || partnershipName.strip().length() > AccountForm.MAX_NAME) {
      errors.rejectValue("partnershipName", "admin.firstRun.partnershipName.missing");
    }
    if (councilName.isBlank() || councilName.strip().length() > AccountForm.MAX_NAME) {
      errors.rejectValue("councilName", "admin.firstRun.councilName.missing");
    }
    if (administratorName.isBlank() || administratorName.strip().length() > AccountForm.MAX_NAME) {
      errors.rejectValue("administratorName", "admin.account.displayName.missing");
    }
    if (!AccountAdministration.emailLooksRight(administratorEmail)) {
      errors.rejectValue("administratorEmail", "admin.account.email.invalid");
    }
    if (administratorUsername.isBlank()
        || administratorUsername.strip().length() > 100
        || administratorUsername.strip().chars().anyMatch(Character::isWhitespace)) {
      errors.rejectValue("administratorUsername", "admin.account.username.invalid");
    }
    if (errors.hasErrors()) {
      return null;
    }
    return new FirstRun.Details(
        partnershipName.strip(),
        councilName.strip(),
        administratorName.strip(),
        administratorEmail.strip(),
        administratorUsername.strip());
  }

  public String getSetUpCode() {
    return setUpCode;
  }

  public void setSetUpCode(@Nullable String setUpCode) {
    this.setUpCode = setUpCode == null ? "" : setUpCode;
  }

  public String getPartnershipName() {
    return partnershipName;
  }

  public void setPartnershipName(@Nullable String partnershipName) {
    this.partnershipName = partnershipName == null ? "" : partnershipName;
  }

  public String getCouncilName() {
    return councilName;
  }

  public void setCouncilName(@Nullable String councilName) {
    this.councilName = councilName == null ? "" : councilName;
  }

  public String getAdministratorName() {
    return administratorName;
  }

  public void setAdministratorName(@Nullable String administratorName) {
    this.administratorName = administratorName == null ? "" : administratorName;
  }

  public String getAdministratorEmail() {
    return administratorEmail;
  }

  public void setAdministratorEmail(@Nullable String administratorEmail) {
    this.administratorEmail = administratorEmail == null ? "" : administratorEmail;
  }

  public String getAdministratorUsername() {
    return administratorUsername;
  }

  public void setAdministratorUsername(@Nullable String administratorUsername) {
    this.administratorUsername = administratorUsername == null ? "" : administratorUsername;
  }
}
