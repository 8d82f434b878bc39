package org.lantern.access.web;

import org.jspecify.annotations.Nullable;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/** Why someone needs emergency access to a child's record. */
public class BreakGlassForm {

  static final int MIN_REASON = 20;
  static final int MAX_REASON = 2000;

  private @Nullable String reason;
  private @Nullable String then;

  void validate(Errors errors) {
    String r = Texts.clean(reason);
    if (r == null) {
      errors.rejectValue("reason", "breakGlass.reason.required");
    } else if (r.length() < MIN_REASON) {
      errors.rejectValue("reason", "breakGlass.reason.tooShort");
    } else if (r.length() > MAX_REASON) {
      errors.rejectValue("reason", "breakGlass.reason.tooLong");
    }
  }

  /** Where to go afterwards: only a path inside Lantern. */
  String safeThen(String fallback) {
    if (then != null && then.startsWith("/") && !then.startsWith("//") && !then.contains("\\")) {
      return then;
    }
    return fallback;
  }

  public @Nullable String getReason() {
    return reason;
  }

  public void setReason(@Nullable String reason) {
    this.reason = reason;
  }

  public @Nullable String getThen() {
    return then;
  }

  public void setThen(@Nullable String then) {
    this.then = then;
  }
}
