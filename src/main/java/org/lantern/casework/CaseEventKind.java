package org.lantern.casework;

/** What happened to a child's case, as the chronology shows it. */
public enum CaseEventKind {
  ROUTED,
  CLOSED_AT_FRONT_DOOR,
  REOPENED,
  ALLOCATED,
  TRANSFERRED_TO_WORKER,
  TRANSFERRED_TO_TEAM,
  TRANSFERRED_OUT,
  CLOSED,
  REFERENCE_RECORDED;

  public String messageKey() {
    return "casework.event." + name();
  }
}
