package org.lantern.notify;

/** Who an alert about a child goes to. */
public enum AlertRecipient {
  /** The child's allocated worker (each, if there are several). */
  ALLOCATED_WORKER,
  /** Every exploitation coordinator of the child's partnership. */
  COORDINATOR,
  /**
   * Whoever holds the child: the allocated worker; else the allocated team (its managers and social
   * workers); else the front door.
   */
  HOLDER;

  public String messageKey() {
    return "alert.recipient." + name();
  }
}
