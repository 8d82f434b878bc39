package org.lantern.people;

/** A child's sex as recorded by the referring agency. */
public enum Sex {
  FEMALE,
  MALE,
  NOT_KNOWN;

  public String messageKey() {
    return "sex." + name();
  }
}
