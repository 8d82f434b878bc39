package org.lantern.risk;

/** The columns the tracker sorts by. */
public enum TrackerSort {
  NAME,
  LEVEL,
  AGE,
  DISTRICT,
  TEAM,
  REVIEW;

  public String messageKey() {
    return "trackerSort." + name();
  }
}
