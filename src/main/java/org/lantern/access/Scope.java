package org.lantern.access;

/** How much of one section of a child's file a relationship shows. */
public enum Scope {
  /** Everything in the section. */
  ALL,
  /** What the person's own agency recorded (or, for missing, an episode it interviewed on). */
  OWN_AGENCY,
  /** The level and its date only, not the answers behind it (screenings). */
  LEVEL_ONLY,
  /** What the person referred, and its outcome. */
  REFERRED,
  /** What the person recorded themselves. */
  OWN_RECORDS,
  /** The meetings the person was invited to or took part in (meetings). */
  ATTENDED,
  /** Nothing. */
  NONE;

  public String messageKey() {
    return "access.scope." + name();
  }
}
