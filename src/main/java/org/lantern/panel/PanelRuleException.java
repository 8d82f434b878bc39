package org.lantern.panel;

/**
 * Something the panel's rules refuse (an action without an owner, a due date before the meeting,
 * minutes changed after approval without an amendment). {@code field} names the form field the
 * message belongs next to; {@code messageKey} is the message to show there.
 */
public class PanelRuleException extends RuntimeException {

  private final String field;
  private final String messageKey;

  public PanelRuleException(String field, String messageKey) {
    super(messageKey + " (" + field + ")");
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
