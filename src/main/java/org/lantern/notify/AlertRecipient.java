package org.lantern.notify;

/** Who an alert about a child goes to. */
public enum AlertRecipient {
  /** The child's allocated worker (each, if there are several). */
  ALLOCATED_WORKER,
  /** Every exploitation coordinator of the child's partnership. */
  COORDINATOR;

  public String messageKey() {
    return "alert.recipient." + name();
  }
}
