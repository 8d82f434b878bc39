package org.lantern.intelligence;

/**
 * How the source knows what they say: the second grade of the police's 3x5x2 evaluation (A to E),
 * in plain words. The handling code is not kept: every link is shared only as the access policy
 * allows.
 */
public enum Assessment {
  /** A: known directly to the source. */
  KNOWN_DIRECTLY,
  /** B: known indirectly, but corroborated. */
  CORROBORATED,
  /** C: known indirectly. */
  KNOWN_INDIRECTLY,
  /** D: not known. */
  NOT_KNOWN,
  /** E: suspected to be false. */
  SUSPECTED_FALSE;

  public String messageKey() {
    return "intelligence.assessment." + name();
  }
}
