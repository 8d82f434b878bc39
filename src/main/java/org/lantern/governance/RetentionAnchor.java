package org.lantern.governance;

/** From when a kind of record's retention period counts. */
public enum RetentionAnchor {
  /** The child's date of birth ("kept until the child is 25"). */
  CHILD_DATE_OF_BIRTH,
  /** The day the record was made. */
  RECORD_MADE,
  /** The day the record was closed (an account someone no longer uses). */
  RECORD_CLOSED;

  public String messageKey() {
    return "governance.anchor." + name();
  }
}
