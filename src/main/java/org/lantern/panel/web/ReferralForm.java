package org.lantern.panel.web;

import org.jspecify.annotations.Nullable;

/** A partner's referral straight to panel, as the coordinator records it. */
public class ReferralForm {

  private @Nullable String childId;
  private @Nullable String agencyId;
  private @Nullable String referrerName;
  private @Nullable String reason;
  private @Nullable String partnerLevel;

  public @Nullable String getPartnerLevel() {
    return partnerLevel;
  }

  public void setPartnerLevel(@Nullable String partnerLevel) {
    this.partnerLevel = partnerLevel;
  }

  public @Nullable String getChildId() {
    return childId;
  }

  public void setChildId(@Nullable String childId) {
    this.childId = childId;
  }

  public @Nullable String getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(@Nullable String agencyId) {
    this.agencyId = agencyId;
  }

  public @Nullable String getReferrerName() {
    return referrerName;
  }

  public void setReferrerName(@Nullable String referrerName) {
    this.referrerName = referrerName;
  }

  public @Nullable String getReason() {
    return reason;
  }

  public void setReason(@Nullable String reason) {
    this.reason = reason;
  }
}
