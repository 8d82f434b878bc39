package org.lantern.risk;

/** A change to the service's teams refused by a rule, naming the form's field and the message. */
public class ServiceTeamRuleException extends RuntimeException {

  private final String field;
  private final String messageKey;

  public ServiceTeamRuleException(String field, String messageKey) {
    super(messageKey);
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
