package org.lantern.lists;

import org.lantern.people.ChildMatching;

/** How sure Lantern is that a listed child is a known one, in words: the person index's bands. */
public enum Confidence {
  /** At or above the weight at which the person index links records without asking. */
  LIKELY,
  /** In the band the person index sends to a person. */
  POSSIBLE;

  static Confidence of(ChildMatching.Strength strength) {
    return strength == ChildMatching.Strength.LIKELY ? LIKELY : POSSIBLE;
  }

  public String messageKey() {
    return "lists.confidence." + name();
  }
}
