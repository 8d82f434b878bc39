package org.lantern.strategy;

/** The kinds of meeting about a child that this module keeps. */
public enum MeetingKind {
  /** A child protection strategy discussion or meeting (police and health must be invited). */
  STRATEGY_DISCUSSION,
  /** An exploitation pathway risk-management meeting (the source's "missing meetings", ¶65). */
  RISK_MANAGEMENT;

  public String messageKey() {
    return "strategy.kind." + name();
  }
}
