package org.lantern.scrutiny;

/** Bad input to the framework, the work programme or a pack: which field, and the message. */
public class ScrutinyRejectedException extends RuntimeException {

  private final String field;
  private final String messageKey;
  private final Object[] arguments;

  public ScrutinyRejectedException(String field, String messageKey, Object... arguments) {
    super(messageKey + " (" + field + ")");
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
