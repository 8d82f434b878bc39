package org.lantern.casework;

/** Where a child's case stands. */
public enum CaseStatus {
  /** Routed to a team, waiting for its manager to allocate a worker. */
  AWAITING_ALLOCATION,
  /** A worker holds it. */
  ALLOCATED,
  /** Closed with a reason (no further action at the front door is closed from the start). */
  CLOSED,
  /** The child moved: another authority holds the case now. */
  TRANSFERRED_OUT;

  public boolean isOpen() {
    return this == AWAITING_ALLOCATION || this == ALLOCATED;
  }

  public String messageKey() {
    return "casework.status." + name();
  }
}
