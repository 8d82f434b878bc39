package org.lantern.access;

/** The kinds of partner agency in a safeguarding partnership. */
public enum AgencyKind {
  COUNCIL,
  POLICE,
  NHS_TRUST,
  GP_PRACTICE,
  SCHOOL,
  COLLEGE,
  CHARITY,
  PROBATION;
}
