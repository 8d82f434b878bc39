package org.lantern.governance;

/** From when a kind of record's retention period counts. */
public enum RetentionAnchor {
  /** The child's date of birth ("kept until the child is 25"). */
  CHILD_DATE_OF_BIRTH,
  /** The day the record was made. */
  RECORD_MADE,
  /** The day the record was closed (an account someone no longer uses). */
  RECORD_CLOSED,
  /** The day a reviewer last decided the record was not the person it was proposed to be. */
  RECORD_REJECTED;

  public String messageKey() {
    return "governance.anchor." + name();
  }
}
