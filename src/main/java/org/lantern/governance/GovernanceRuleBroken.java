package org.lantern.governance;

/** A governance change refused by its rules: which field, and the message saying why. */
public class GovernanceRuleBroken extends RuntimeException {

  private final String field;
  private final String messageKey;

  public GovernanceRuleBroken(String field, String messageKey) {
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
