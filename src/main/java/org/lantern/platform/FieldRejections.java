package org.lantern.platform;

import java.util.List;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts each problem of a {@link FieldRuleException} next to its field on the form, or in the error
 * summary when the form has no such field. A field that binding already refused keeps that error (a
 * mistyped number is named once).
 */
public final class FieldRejections {

  private FieldRejections() {}

  /** The problems the form found itself, to give the service so it checks everything else. */
  public static List<FieldRuleException.Problem> found(BindingResult errors) {
    return errors.getFieldErrors().stream()
        .map(e -> new FieldRuleException.Problem(e.getField(), String.valueOf(e.getCode())))
        .toList();
  }

  public static void add(BindingResult errors, FieldRuleException refused) {
    Object form = errors.getTarget();
    BeanWrapperImpl fields = form == null ? null : new BeanWrapperImpl(form);
    for (FieldRuleException.Problem problem : refused.problems()) {
      boolean onTheForm = fields != null && readable(fields, problem.field());
      if (!onTheForm) {
        errors.reject(problem.code());
      } else if (!errors.hasFieldErrors(problem.field())) {
        errors.rejectValue(problem.field(), problem.code());
      }
    }
  }

  private static boolean readable(BeanWrapperImpl fields, String field) {
    try {
      return fields.isReadableProperty(field);
    } catch (RuntimeException notAProperty) {
      return false;
    }
  }
}
