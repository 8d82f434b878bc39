package org.lantern.people;

/** The details of a child compared when deciding whether a description is a known child. */
public enum ComparedDetail {
  GIVEN_NAME,
  FAMILY_NAME,
  MIDDLE_NAMES,
  DATE_OF_BIRTH,
  SEX,
  NHS_NUMBER,
  UPN;

  public String messageKey() {
    return "compare.field." + name();
  }
}
