package org.lantern.panel.web;

import org.lantern.panel.PanelRuleException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** Puts a refusal from the panel's rules next to its fields, or in the summary when it has none. */
final class Rejections {

  private Rejections() {}

  /** Every problem of the refusal, each by its field (or in the summary when the form has none). */
  static void add(BindingResult errors, PanelRuleException refused) {
    Object form = errors.getTarget();
    BeanWrapperImpl fields = form == null ? null : new BeanWrapperImpl(form);
    for (PanelRuleException.Problem problem : refused.problems()) {
      if (fields != null && fields.isReadableProperty(problem.field())) {
        errors.rejectValue(problem.field(), problem.messageKey());
      } else {
        errors.reject(problem.messageKey());
      }
    }
  }
}
