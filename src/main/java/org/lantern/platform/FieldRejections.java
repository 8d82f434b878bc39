package org.lantern.platform;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts each problem of a {@link FieldRuleException} next to its field on the form, or in the error
 * summary when the form has no such field. A field that binding already refused keeps that error (a
 * mistyped number is named once).
 */
public final class FieldRejections {

  private FieldRejections() {}

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
