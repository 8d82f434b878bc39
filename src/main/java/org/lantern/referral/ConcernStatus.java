package org.lantern.referral;

/** Where a concern is on the front door's path. */
public enum ConcernStatus {
  NEW,
  DECIDED
}
