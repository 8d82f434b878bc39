package org.lantern.people;

/**
 * A match weight in words, cut where linking is: strong at or above the weight at which the engine
 * links two records itself, possible in the band where it asks a person, weak below.
 */
public enum MatchStrength {
  STRONG,
  POSSIBLE,
  WEAK;

  public String messageKey() {
    return "find.match." + name();
  }
}
