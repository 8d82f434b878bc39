package org.lantern.admin.web;

import org.jspecify.annotations.Nullable;
import org.lantern.access.AccountCreation;
import org.lantern.platform.QueryParams;
import org.springframework.validation.Errors;

/** The partnership's choice of whether single sign-on makes accounts, as the form holds it. */
public class AccountCreationForm {

  private String accounts = "";

  static AccountCreationForm of(AccountCreation accounts) {
    AccountCreationForm form = new AccountCreationForm();
    form.accounts = accounts.name();
    return form;
  }

  /** The choice; none (refused by the field) when neither was chosen. */
  @Nullable AccountCreation chosen(Errors errors) {
    AccountCreation chosen = QueryParams.oneOf(AccountCreation.class, accounts);
    if (chosen == null) {
      errors.rejectValue("accounts", "admin.sso.accountsForm.required");
    }
    return chosen;
  }

  public String getAccounts() {
    return accounts;
  }

  public void setAccounts(@Nullable String accounts) {
    this.accounts = accounts == null ? "" : accounts;
  }
}
