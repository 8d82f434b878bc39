package org.lantern.risk;

/**
 * A referral into the commissioned service: waiting in its queue, accepted (the service is working
 * with the child), declined with a reason, or closed with an outcome.
 */
public enum ServiceReferralStatus {
  WAITING,
  ACCEPTED,
  DECLINED,
  CLOSED;

  /** Waiting or being worked: a new screening updates it rather than referring again. */
  public boolean open() {
    return this == WAITING || this == ACCEPTED;
  }

  public String messageKey() {
    return "serviceReferralStatus." + name();
  }
}
