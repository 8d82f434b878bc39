package org.lantern.governance;

/** What an information sharing agreement lets an agency share with the partnership. */
public enum DataCategory {
  IDENTIFYING_DETAILS,
  CONCERNS,
  MISSING_EPISODES,
  SCREENINGS,
  INTELLIGENCE,
  PANEL_RECORDS,
  PERSON_RECORDS,
  FLAGS;

  public String messageKey() {
    return "governance.category." + name();
  }
}
