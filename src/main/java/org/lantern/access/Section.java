package org.lantern.access;

/**
 * The sections a child's file is made of. What a person sees of each depends on their relationship
 * with the child ({@link ScopeTable}); each module's contribution to the file and chronology says
 * which section it fills.
 */
public enum Section {
  /** Name, date of birth, identifiers, address, district, where the child lives. */
  IDENTITY,
  /** The indicators at the top of the file (risk level, repeat missing, panel, notices). */
  FLAGS,
  /** Concerns raised about the child, and their outcomes. */
  CONCERNS,
  /** Risk screenings: the level, and the answers behind it. */
  SCREENINGS,
  /** Missing episodes and return interviews. */
  MISSING,
  /** Intelligence about adults linked to the child, and abduction warning notices. */
  INTELLIGENCE,
  /** Panel presentations, decisions and actions. */
  PANELS,
  /** Strategy discussions, conferences and other meetings about the child. */
  MEETINGS,
  /** The professional network around the child. */
  NETWORK,
  /** Who holds the case: allocation, transfer, closure. */
  CASE;

  public String messageKey() {
    return "access.section." + name();
  }
}
