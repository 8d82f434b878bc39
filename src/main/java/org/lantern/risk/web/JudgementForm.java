package org.lantern.risk.web;

import org.jspecify.annotations.Nullable;
import org.lantern.platform.Texts;
import org.lantern.risk.RiskLevel;
import org.springframework.validation.Errors;

/**
 * Submitting a screening: agree with the computed level, or record a different one on professional
 * judgement, with the reason.
 */
public class JudgementForm {

  static final int MAX_REASON = 5000;

  private @Nullable String judgement;
  private @Nullable String level;
  private @Nullable String reason;
  private long version;

  void validate(Errors errors, RiskLevel computed) {
    if (!"AGREE".equals(judgement) && !"DIFFERENT".equals(judgement)) {
      errors.rejectValue("judgement", "judgement.required");
      return;
    }
    if ("DIFFERENT".equals(judgement)) {
      RiskLevel chosen = judgedLevel();
      if (chosen == null) {
        errors.rejectValue("level", "judgement.level.required");
      } else if (chosen == computed) {
        errors.rejectValue("level", "judgement.level.same");
      }
      String r = Texts.clean(reason);
      if (r == null) {
        errors.rejectValue("reason", "judgement.reason.required");
      } else if (r.length() > MAX_REASON) {
        errors.rejectValue("reason", "judgement.reason.tooLong");
      }
    }
  }

  @Nullable RiskLevel judgedLevel() {
    if (!"DIFFERENT".equals(judgement)) {
      return null;
    }
    for (RiskLevel l : RiskLevel.values()) {
      if (l.name().equals(level)) {
        return l;
      }
    }
    return null;
  }

  public @Nullable String getJudgement() {
    return judgement;
  }

  public void setJudgement(@Nullable String judgement) {
    this.judgement = judgement;
  }

  public @Nullable String getLevel() {
    return level;
  }

  public void setLevel(@Nullable String level) {
    this.level = level;
  }

  public @Nullable String getReason() {
    return reason;
  }

  public void setReason(@Nullable String reason) {
    this.reason = reason;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
