package org.lantern.intelligence;

/** How an adult came to be linked to a child. */
public enum LinkSource {
  /** The child was named on a child abduction warning notice served on the adult. */
  ABDUCTION_NOTICE,
  /** The child was found with the adult at the end of a missing episode. */
  MISSING_EPISODE,
  /** The adult was named in a concern about the child. */
  CONCERN,
  /** The police or the exploitation coordinator recorded the link as intelligence. */
  INTELLIGENCE;

  public String messageKey() {
    return "intelligence.linkSource." + name();
  }
}
