package org.lantern.risk;

/** The screening changed (saved, submitted, signed off) since this person opened it. */
public class ScreeningChangedException extends RuntimeException {

  public ScreeningChangedException(String message) {
    super(message);
  }
}
