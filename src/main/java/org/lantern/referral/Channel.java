package org.lantern.referral;

/** How a concern reached Lantern. */
public enum Channel {
  /** Written by the referrer in Lantern. */
  WRITTEN,
  /** Told to the front door by phone and recorded on the referrer's behalf. */
  VERBAL,
  /** Sent by a partner agency's system through the API. */
  PARTNER_SYSTEM;

  public String messageKey() {
    return "channel." + name();
  }
}
