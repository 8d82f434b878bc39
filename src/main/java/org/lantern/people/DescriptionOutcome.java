package org.lantern.people;

/** What became of a description of a child. */
public enum DescriptionOutcome {
  /** Put on the one child it agreed with: the same names, date of birth, no contradiction. */
  KNOWN_CHILD,
  /** A new record: Lantern knew no child like it. */
  NEW_CHILD,
  /** A new record, with the children it may be, for the front door to join or keep apart. */
  NEW_CHILD_POSSIBLE_MATCH;

  public String messageKey() {
    return "described.outcome." + name();
  }
}
