package org.lantern.panel;

/**
 * Where a partner's referral straight to panel stands: received by the coordinator, accepted onto
 * the next agenda of the child's panel, or declined with a reason.
 */
public enum ReferralStatus {
  RECEIVED,
  ACCEPTED,
  DECLINED;

  public String messageKey() {
    return "panel.referral.status." + name();
  }
}
