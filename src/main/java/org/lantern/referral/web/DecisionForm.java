package org.lantern.referral.web;

import org.jspecify.annotations.Nullable;
import org.lantern.platform.Texts;
import org.lantern.referral.ConcernRules;
import org.lantern.referral.ThresholdDecision;
import org.springframework.validation.Errors;

/** The front door's threshold decision with its reasons. */
public class DecisionForm {

  private @Nullable String decision;
  private @Nullable String reasons;
  private long version;

  void validate(Errors errors) {
    if (decision() == null) {
      errors.rejectValue("decision", "decide.decision.required");
    }
    String r = Texts.clean(reasons);
    if (r == null) {
      errors.rejectValue("reasons", "decide.reasons.required");
    } else if (r.length() > ConcernRules.MAX_REASONS) {
      errors.rejectValue("reasons", "decide.reasons.tooLong");
    }
  }

  @Nullable ThresholdDecision decision() {
    for (ThresholdDecision d : ThresholdDecision.values()) {
      if (d.name().equals(decision)) {
        return d;
      }
    }
    return null;
  }

  public @Nullable String getDecision() {
    return decision;
  }

  public void setDecision(@Nullable String decision) {
    this.decision = decision;
  }

  public @Nullable String getReasons() {
    return reasons;
  }

  public void setReasons(@Nullable String reasons) {
    this.reasons = reasons;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
