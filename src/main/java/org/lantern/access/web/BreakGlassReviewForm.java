package org.lantern.access.web;

import org.jspecify.annotations.Nullable;
import org.lantern.access.BreakGlass;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/** An information-governance officer's review of one break-glass access. */
public class BreakGlassReviewForm {

  private @Nullable String outcome;
  private @Nullable String note;
  private long version;

  void validate(Errors errors) {
    if (!BreakGlass.APPROPRIATE.equals(outcome) && !BreakGlass.INAPPROPRIATE.equals(outcome)) {
      errors.rejectValue("outcome", "breakGlassReview.outcome.required");
    }
    String n = Texts.clean(note);
    if (BreakGlass.INAPPROPRIATE.equals(outcome) && n == null) {
      errors.rejectValue("note", "breakGlassReview.note.required");
    }
    if (n != null && n.length() > 2000) {
      errors.rejectValue("note", "breakGlassReview.note.tooLong");
    }
  }

  public @Nullable String getOutcome() {
    return outcome;
  }

  public void setOutcome(@Nullable String outcome) {
    this.outcome = outcome;
  }

  public @Nullable String getNote() {
    return note;
  }

  public void setNote(@Nullable String note) {
    this.note = note;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
