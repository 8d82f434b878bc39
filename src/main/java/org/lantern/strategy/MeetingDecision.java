package org.lantern.strategy;

/** What a strategy discussion or risk-management meeting decided. */
public enum MeetingDecision {
  SECTION_47_ENQUIRY,
  INITIAL_CHILD_PROTECTION_CONFERENCE,
  EXPLOITATION_PATHWAY,
  NO_FURTHER_ACTION;

  public String messageKey() {
    return "strategy.decision." + name();
  }
}
