package org.lantern.missing;

/** Where a child went missing from. Missing from school is missing from education. */
public enum MissingFrom {
  HOME,
  FOSTER_CARE,
  RESIDENTIAL_HOME,
  SCHOOL;

  public boolean isEducation() {
    return this == SCHOOL;
  }

  public String messageKey() {
    return "missing.from." + name();
  }
}
