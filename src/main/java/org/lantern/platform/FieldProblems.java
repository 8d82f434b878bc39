package org.lantern.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The problems a service finds in a form's input, collected so that all are reported at once (one
 * {@link FieldRuleException}). A field keeps its first problem only: a later check of the same
 * field (a date that is also in the future) adds nothing once it is already refused.
 */
public final class FieldProblems {

  private final List<FieldRuleException.Problem> problems = new ArrayList<>();

  public FieldProblems() {}

  /**
   * Problems collected after those a form found itself (a date or number it could not read, from
   * {@link FieldRejections#found}): those fields are not checked again, and since they are problems
   * too, nothing is saved — the service's own checks still run, so that the person sees every
   * problem at once and not the form's first.
   */
  public static FieldProblems after(List<FieldRuleException.Problem> foundByTheForm) {
    FieldProblems p = new FieldProblems();
    p.problems.addAll(foundByTheForm);
    return p;
  }

  /** Notes a problem with {@code field}, unless the field already has one. */
  public FieldProblems add(String field, String code) {
    if (!has(field)) {
      problems.add(new FieldRuleException.Problem(field, code));
    }
    return this;
  }

  /** Notes a problem with {@code field} when {@code broken}. */
  public FieldProblems addIf(boolean broken, String field, String code) {
    return broken ? add(field, code) : this;
  }

  /** Whether {@code field} is already refused (so a rule that depends on it need not run). */
  public boolean has(String field) {
    return problems.stream().anyMatch(p -> p.field().equals(field));
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Throws every problem found, as the module's own refusal, when there is any. */
  public <X extends FieldRuleException> void throwIfAny(
      Function<List<FieldRuleException.Problem>, X> refusal) {
    if (!problems.isEmpty()) {
      throw refusal.apply(List.copyOf(problems));
    }
  }
}
