package org.lantern.referral;

/** Which of a referrer's own referrals to list. */
public enum ReferralFilter {
  ALL,
  /** Phone referrals the referrer has still to confirm in writing. */
  TO_CONFIRM,
  /** Waiting for the front door's decision. */
  NEW,
  DECIDED;

  public String messageKey() {
    return "mine.showing." + name();
  }
}
