package org.lantern.access;

/**
 * Whether single sign-on may make accounts: each partnership's administrator chooses ({@link
 * SingleSignOnMappingChanges#chooseAccounts}); a partnership that has not chosen follows {@code
 * lantern.security.oidc.accounts}.
 */
public enum AccountCreation {
  /** Accounts are added by an administrator before their owner's first sign-on. */
  EXISTING,
  /** Someone Lantern does not know gets an account at their first sign-on, from a mapping. */
  CREATE;

  /** How pages name it. */
  public String messageKey() {
    return "admin.sso.accounts." + name();
  }
}
