package org.lantern.strategy;

/**
 * A meeting or conference refused by one of its rules: the form field it belongs to and the message
 * key saying why. Nothing was saved.
 */
public class StrategyRuleException extends RuntimeException {

  private final String field;
  private final String code;

  public StrategyRuleException(String field, String code) {
    super(field + ": " + code);
    this.field = field;
    this.code = code;
  }

  public String field() {
    return field;
  }

  public String code() {
    return code;
  }
}
