package org.lantern.people;

/** Where a possible match stands. */
public enum PossibleMatchStatus {
  /** Waiting for the front door. */
  OPEN,
  /** The same child: the new record was joined into the other. */
  JOINED,
  /** Different children: kept apart, not asked again. */
  KEPT_APART,
  /** No longer asked: the new record was joined into another child. */
  CLOSED;

  public String messageKey() {
    return "possibleMatch.status." + name();
  }
}
