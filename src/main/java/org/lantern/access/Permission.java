package org.lantern.access;

/** Things a person can do to a child's record. Each check is written to the audit log. */
public enum Permission {
  /** See the few details that identify a child in search results (name, date of birth, area). */
  FIND_CHILD,
  /** Open the child's record: details and the chronology across agencies. */
  VIEW_CHILD_RECORD,
  /** Raise a concern about the child. */
  RAISE_CONCERN,
  /** Record a phone referral on a referrer's behalf. */
  RECORD_VERBAL_REFERRAL,
  /** Make the front door's threshold decision on a concern. */
  DECIDE_CONCERN,
  /** See who has looked at the child's record. */
  VIEW_CHILD_AUDIT,
  /**
   * See a referral one made oneself, and confirm it in writing: what was referred, not the rest of
   * the child's record (the referral module checks the person is its referrer).
   */
  VIEW_OWN_REFERRAL,
  /** Send person records from a partner system to the person index. */
  IMPORT_PERSON_RECORDS,
  /** See pairs of person records the index weighed, why, and confirm or reject them. */
  REVIEW_PERSON_LINKS;
}
