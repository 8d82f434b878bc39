package org.lantern.panel;

import java.util.List;
import org.lantern.platform.FieldRuleException;

/**
 * Something the panel's rules refuse (an action without an owner, a due date before the meeting,
 * minutes changed after approval without an amendment), with every problem found. {@link #field()}
 * names the form field the first message belongs next to; {@link #messageKey()} is that message.
 */
public class PanelRuleException extends FieldRuleException {

  public PanelRuleException(String field, String messageKey) {
    this(List.of(new Problem(field, messageKey)));
  }

  public PanelRuleException(List<Problem> problems) {
    super(problems);
  }

  public String messageKey() {
    return code();
  }
}
