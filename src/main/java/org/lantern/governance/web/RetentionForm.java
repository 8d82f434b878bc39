package org.lantern.governance.web;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A retention rule's months, or a legal hold's reason (placing or lifting it). */
public class RetentionForm {

  private String months = "";
  private String reason = "";

  /** The months typed, or null with the error said (zero is refused). */
  @Nullable Integer months(Errors errors) {
    try {
      int value = Integer.parseInt(months.strip());
      if (value <= 0) {
        errors.rejectValue("months", "governance.rule.months.zero");
        return null;
      }
      return value;
    } catch (NumberFormatException e) {
      errors.rejectValue("months", "governance.rule.months.invalid");
      return null;
    }
  }

  public String getMonths() {
    return months;
  }

  public void setMonths(@Nullable String months) {
    this.months = months == null ? "" : months;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(@Nullable String reason) {
    this.reason = reason == null ? "" : reason;
  }
}
