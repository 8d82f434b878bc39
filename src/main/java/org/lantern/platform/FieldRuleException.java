package org.lantern.platform;

import java.util.List;

/**
 * A form's input refused by a module's rules, with every problem found: nothing was saved. Each
 * {@link Problem} names the form field its message belongs next to and the message key. A service
 * collects its problems with {@link FieldProblems} and throws them together, so a person sees every
 * missing or wrong field at once in the error summary, not one per submission. {@link #field()} and
 * {@link #code()} are the first problem's.
 */
public abstract class FieldRuleException extends RuntimeException {

  /** One refused field: the form field's name and the message key to show by it. */
  public record Problem(String field, String code) {}

  private final List<Problem> problems;

  protected FieldRuleException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  private static String summary(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a refusal needs at least one problem");
    }
    return problems.stream().map(p -> p.field() + ": " + p.code()).toList().toString();
  }

  /** The first problem's field. */
  public String field() {
    return problems.getFirst().field();
  }

  /** The first problem's message key. */
  public String code() {
    return problems.getFirst().code();
  }

  /** Every problem found, in the form's order; at least one. */
  public List<Problem> problems() {
    return problems;
  }
}
