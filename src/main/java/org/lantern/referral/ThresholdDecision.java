package org.lantern.referral;

/** The front door's threshold decision on a concern. */
public enum ThresholdDecision {
  NO_FURTHER_ACTION,
  EARLY_HELP,
  EXPLOITATION_PATHWAY,
  STRATEGY_DISCUSSION;

  public String messageKey() {
    return "decision." + name();
  }
}
