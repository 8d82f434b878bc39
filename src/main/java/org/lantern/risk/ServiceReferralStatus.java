package org.lantern.risk;

/** A referral into the commissioned service: waiting in its queue, or accepted. */
public enum ServiceReferralStatus {
  WAITING,
  ACCEPTED;

  public String messageKey() {
    return "serviceReferralStatus." + name();
  }
}
