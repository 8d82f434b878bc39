package org.lantern.people;

/** How one detail of a description compares with the same detail of a known child. */
public enum Agreement {
  /** Written the same way, once case, accents, spaces, hyphens and apostrophes are set aside. */
  SAME,
  /** A nickname or spelling of the same first name on the nickname list ("Bobby", Robert). */
  NICKNAME,
  /** Not given on one side or both: neither agrees nor contradicts. */
  NOT_GIVEN,
  /** Given on both sides, and different. */
  DIFFERENT;

  public String messageKey() {
    return "compare.level." + name();
  }
}
