package org.lantern.referral.web;

import org.jspecify.annotations.Nullable;
import org.lantern.platform.Texts;
import org.lantern.referral.ConcernRules;
import org.springframework.validation.Errors;

/**
 * Written confirmation of a phone referral: by the referrer in their own words, or noted by the
 * front door when it arrived another way.
 */
public class ConfirmationForm {

  private @Nullable String account;
  private boolean accurate;
  private long version;

  void validate(Errors errors, boolean byReferrer) {
    String a = Texts.clean(account);
    if (a == null) {
      errors.rejectValue(
          "account", byReferrer ? "confirm.account.required" : "confirm.note.required");
    } else if (a.length() > ConcernRules.MAX_WHAT_HAPPENED) {
      errors.rejectValue("account", "confirm.account.tooLong");
    }
    if (byReferrer && !accurate) {
      errors.rejectValue("accurate", "confirm.accurate.required");
    }
  }

  public @Nullable String getAccount() {
    return account;
  }

  public void setAccount(@Nullable String account) {
    this.account = account;
  }

  public boolean isAccurate() {
    return accurate;
  }

  public void setAccurate(boolean accurate) {
    this.accurate = accurate;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
