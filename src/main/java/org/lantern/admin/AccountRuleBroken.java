package org.lantern.admin;

/**
 * A change an administrator asked for that the partnership's rules refuse: which field, and the
 * message key saying why. Nothing was saved.
 */
public class AccountRuleBroken extends RuntimeException {

  private final String field;
  private final String messageKey;

  AccountRuleBroken(String field, String messageKey) {
    super(field + ": " + messageKey);
    this.field = field;
    this.messageKey = messageKey;
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }
}
