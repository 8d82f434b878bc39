package org.lantern.scrutiny;

/** Where an indicator's figure comes from. */
public enum Source {
  /** Worked out from Lantern's records by a module's {@link IndicatorSource}. */
  COMPUTED,
  /** Entered each quarter by a named agency. */
  ENTERED;

  public String messageKey() {
    return "scrutiny.source." + name();
  }
}
