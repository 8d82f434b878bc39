package org.lantern.strategy;

/** An initial child protection conference, or a review of the plan it made. */
public enum ConferenceKind {
  INITIAL,
  REVIEW;

  public String messageKey() {
    return "strategy.conference.kind." + name();
  }
}
