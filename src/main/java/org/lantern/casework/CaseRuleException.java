package org.lantern.casework;

/** A casework rule refused the input: nothing saved; the message goes by {@link #field()}. */
public class CaseRuleException extends RuntimeException {

  private final String field;
  private final String code;

  public CaseRuleException(String field, String code) {
    super(code);
    this.field = field;
    this.code = code;
  }

  public String field() {
    return field;
  }

  /** The message key, in the casework messages. */
  public String code() {
    return code;
  }
}
