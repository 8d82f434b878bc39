package org.lantern.risk;

/** Where a screening is: being written, waiting for sign-off, returned for changes, signed off. */
public enum ScreeningStatus {
  DRAFT,
  SUBMITTED,
  RETURNED,
  SIGNED_OFF;

  /** Being written by its author (a draft, or returned to them). */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }

  public String messageKey() {
    return "screeningStatus." + name();
  }
}
