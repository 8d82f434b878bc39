package org.lantern.strategy;

import java.util.List;
import org.lantern.platform.FieldRuleException;

/**
 * A meeting or conference refused by its rules: each problem's form field and the message key
 * saying why, all found at once. Nothing was saved.
 */
public class StrategyRuleException extends FieldRuleException {

  public StrategyRuleException(String field, String code) {
    this(List.of(new Problem(field, code)));
  }

  public StrategyRuleException(List<Problem> problems) {
    super(problems);
  }
}
