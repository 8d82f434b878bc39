package org.lantern.admin.web;

import org.jspecify.annotations.Nullable;
import org.lantern.admin.AccountInvitations;
import org.springframework.validation.Errors;

/** The password a new person chooses, typed twice. */
public class PasswordForm {

  private String password = "";
  private String confirm = "";

  void validate(Errors errors, String username) {
    if (password.length() < AccountInvitations.MIN_PASSWORD
        || password.length() > AccountInvitations.MAX_PASSWORD) {
      errors.rejectValue(
          "password",
          "admin.invitation.password.length",
          new Object[] {AccountInvitations.MIN_PASSWORD, AccountInvitations.MAX_PASSWORD},
          null);
    } else if (password.strip().equalsIgnoreCase(username)) {
      errors.rejectValue("password", "admin.invitation.password.username");
    } else if (!password.equals(confirm)) {
      errors.rejectValue("confirm", "admin.invitation.password.different");
    }
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(@Nullable String password) {
    this.password = password == null ? "" : password;
  }

  public String getConfirm() {
    return confirm;
  }

  public void setConfirm(@Nullable String confirm) {
    this.confirm = confirm == null ? "" : confirm;
  }
}
