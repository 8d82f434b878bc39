package org.lantern.governance.web;

import org.jspecify.annotations.Nullable;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/** Finding an adult of concern for a subject access request: part of their name. */
public class AdultSearchForm {

  static final int MAX_NAME = 100;

  private @Nullable String name;

  public @Nullable String getName() {
    return name;
  }

  public void setName(@Nullable String name) {
    this.name = name;
  }

  /** The words to look for, or null with the field's error recorded. */
  @Nullable String validate(Errors errors) {
    String words = Texts.clean(name);
    if (words == null || words.isBlank()) {
      errors.rejectValue("name", "governance.adults.name.required");
      return null;
    }
    if (words.length() > MAX_NAME) {
      errors.rejectValue("name", "governance.adults.name.tooLong");
      return null;
    }
    return words.strip();
  }
}
