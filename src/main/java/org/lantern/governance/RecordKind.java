package org.lantern.governance;

/**
 * The kinds of record Lantern keeps under a retention rule; each is kept by one module, which
 * implements {@link RetainedRecords} for it.
 */
public enum RecordKind {
  /** A concern the front door decided needed no further action ({@code referral}). */
  CONCERN_NO_FURTHER_ACTION,
  /** A member of staff's closed account: their name and e-mail address ({@code admin}). */
  CLOSED_ACCOUNT,
  /**
   * A month of the audit log ({@code governance} itself, through {@code access.AuditErasure}): what
   * concerns a child whose record is still held, and the record of an erasure, are kept.
   */
  AUDIT_LOG,
  /**
   * A partner system's record in the person index that a reviewer decided is not the person it was
   * proposed to be, and that is linked to no one ({@code people}).
   */
  REJECTED_PERSON_RECORD;

  public String messageKey() {
    return "governance.kind." + name();
  }
}
