package org.lantern.risk.web;

import org.jspecify.annotations.Nullable;
import org.lantern.platform.Texts;
import org.springframework.validation.Errors;

/** A team manager's sign-off: agree, or return to the author with comments. */
public class SignOffForm {

  static final int MAX_COMMENTS = 5000;

  private @Nullable String outcome;
  private @Nullable String comments;
  private long version;

  void validate(Errors errors) {
    if (!"AGREE".equals(outcome) && !"RETURN".equals(outcome)) {
      errors.rejectValue("outcome", "signOff.outcome.required");
    }
    String c = Texts.clean(comments);
    if ("RETURN".equals(outcome) && c == null) {
      errors.rejectValue("comments", "signOff.comments.required");
    } else if (c != null && c.length() > MAX_COMMENTS) {
      errors.rejectValue("comments", "signOff.comments.tooLong");
    }
  }

  boolean agree() {
    return "AGREE".equals(outcome);
  }

  public @Nullable String getOutcome() {
    return outcome;
  }

  public void setOutcome(@Nullable String outcome) {
    this.outcome = outcome;
  }

  public @Nullable String getComments() {
    return comments;
  }

  public void setComments(@Nullable String comments) {
    this.comments = comments;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
