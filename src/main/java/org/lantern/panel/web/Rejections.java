package org.lantern.panel.web;

import org.lantern.panel.PanelRuleException;
import org.lantern.platform.FieldRejections;
import org.springframework.validation.BindingResult;

/** Puts a refusal from the panel's rules next to its fields, or in the summary when it has none. */
final class Rejections {

  private Rejections() {}

  static void add(BindingResult errors, PanelRuleException refused) {
    FieldRejections.add(errors, refused);
  }
}
