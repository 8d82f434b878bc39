package org.lantern.panel;

/** Why a child is on a meeting's agenda. */
public enum AgendaReason {
  /** Medium or high on the tracker, screened since the panel last met, never presented. */
  NEW_MEDIUM_HIGH,
  /** Presented before and not closed: back for review, or their screening review is due. */
  DUE_BACK,
  /** A partner referred the child straight to the panel through the coordinator. */
  PARTNER_REFERRAL,
  /** Matched on an uploaded list (missing, missing from education, re-offending). */
  LIST_MATCH,
  /** Escalated to the county manager, who asked the panel to see the child again. */
  ESCALATION,
  /** Added by the coordinator by hand, with a reason. */
  ADDED_BY_COORDINATOR;

  public String messageKey() {
    return "panel.agendaReason." + name();
  }
}
