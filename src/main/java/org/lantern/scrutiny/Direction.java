package org.lantern.scrutiny;

/** Whether a higher figure is better or worse. */
public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER;

  public String messageKey() {
    return "scrutiny.direction." + name();
  }
}
