package org.lantern.risk.web;

import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lantern.platform.Texts;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.SupportType;
import org.springframework.validation.Errors;

/**
 * The service's decision on a referral: accept (a worker of one of its teams, the support type) or
 * decline (with the reason).
 */
public class ServiceDecisionForm {

  static final int MAX_REASON = 2000;

  private @Nullable String decision;
  private @Nullable UUID worker;
  private @Nullable SupportType supportType;
  private @Nullable String reason;
  private long version;

  void validate(Errors errors, RiskLevel level, Collection<UUID> workers) {
    if (!accepts() && !declines()) {
      errors.rejectValue("decision", "serviceReferral.decision.required");
      return;
    }
    if (accepts()) {
      if (worker == null || !workers.contains(worker)) {
        errors.rejectValue("worker", "serviceReferral.worker.required");
      }
      if (supportType == null || !supportType.suits(level)) {
        errors.rejectValue("supportType", "serviceReferral.supportType.required");
      }
    } else {
      String r = Texts.clean(reason);
      if (r == null) {
        errors.rejectValue("reason", "serviceReferral.reason.required");
      } else if (r.length() > MAX_REASON) {
        errors.rejectValue("reason", "serviceReferral.reason.tooLong");
      }
    }
  }

  boolean accepts() {
    return "ACCEPT".equals(decision);
  }

  boolean declines() {
    return "DECLINE".equals(decision);
  }

  public @Nullable String getDecision() {
    return decision;
  }

  public void setDecision(@Nullable String decision) {
    this.decision = decision;
  }

  public @Nullable UUID getWorker() {
    return worker;
  }

  public void setWorker(@Nullable UUID worker) {
    this.worker = worker;
  }

  public @Nullable SupportType getSupportType() {
    return supportType;
  }

  public void setSupportType(@Nullable SupportType supportType) {
    this.supportType = supportType;
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
