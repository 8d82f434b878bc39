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
  HOLDER,
  /**
   * The partner who referred the child (to panel): the accounts of the referring agency with the
   * name the coordinator recorded for the referrer; nobody when none has.
   */
  REFERRER,
  /**
   * The commissioned service's team covering the child's district (its service workers); else, with
   * no team covering it, every service worker of the partnership.
   */
  SERVICE_TEAM;

  public String messageKey() {
    return "alert.recipient." + name();
  }
}
