package org.lantern.panel;

import java.util.List;

/**
 * Something the panel's rules refuse (an action without an owner, a due date before the meeting,
 * minutes changed after approval without an amendment). Each {@link Problem} names the form field
 * its message belongs next to and the message to show there; a form's rules report every problem
 * they find at once, so the person sees them all together (the GOV.UK error summary), not one at a
 * time. {@link #field()} and {@link #messageKey()} are the first problem's.
 */
public class PanelRuleException extends RuntimeException {

  /** One refused field: the form field's name and the message key to show by it. */
  public record Problem(String field, String messageKey) {}

  private final List<Problem> problems;

  public PanelRuleException(String field, String messageKey) {
    this(List.of(new Problem(field, messageKey)));
  }

  /** Every problem found, in the form's order; at least one. */
  public PanelRuleException(List<Problem> problems) {
    super(problems.getFirst().messageKey() + " (" + problems.getFirst().field() + ")");
    this.problems = List.copyOf(problems);
  }

  public String field() {
    return problems.getFirst().field();
  }

  public String messageKey() {
    return problems.getFirst().messageKey();
  }

  public List<Problem> problems() {
    return problems;
  }
}
