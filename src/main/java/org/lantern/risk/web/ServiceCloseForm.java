package org.lantern.risk.web;

import org.jspecify.annotations.Nullable;
import org.lantern.platform.Texts;
import org.lantern.risk.ServiceOutcome;
import org.springframework.validation.Errors;

/** The end of the service's work with a child: its outcome, and a note. */
public class ServiceCloseForm {

  static final int MAX_NOTE = 2000;

  private @Nullable ServiceOutcome outcome;
  private @Nullable String note;
  private long version;

  void validate(Errors errors) {
    if (outcome == null) {
      errors.rejectValue("outcome", "serviceReferral.outcome.required");
    }
    String n = Texts.clean(note);
    if (n != null && n.length() > MAX_NOTE) {
      errors.rejectValue("note", "serviceReferral.note.tooLong");
    }
  }

  public @Nullable ServiceOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(@Nullable ServiceOutcome outcome) {
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
