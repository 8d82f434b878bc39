package org.lantern.panel.web;

import org.lantern.panel.PanelRuleException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** Puts a refusal from the panel's rules next to its field, or in the summary when it has none. */
final class Rejections {

  private Rejections() {}

  static void add(BindingResult errors, PanelRuleException refused) {
    Object form = errors.getTarget();
    if (form != null && new BeanWrapperImpl(form).isReadableProperty(refused.field())) {
      errors.rejectValue(refused.field(), refused.messageKey());
    } else {
      errors.reject(refused.messageKey());
    }
  }
}
