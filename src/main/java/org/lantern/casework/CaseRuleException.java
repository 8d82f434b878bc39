package org.lantern.casework;

import java.util.List;
import org.lantern.platform.FieldRuleException;

/**
 * A casework rule refused the input: nothing saved; each problem's message goes by its field (the
 * message keys are in the casework messages).
 */
public class CaseRuleException extends FieldRuleException {

  public CaseRuleException(String field, String code) {
    this(List.of(new Problem(field, code)));
  }

  public CaseRuleException(List<Problem> problems) {
    super(problems);
  }
}
