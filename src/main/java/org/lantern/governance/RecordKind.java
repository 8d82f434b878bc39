package org.lantern.governance;

/**
 * The kinds of record Lantern keeps under a retention rule; each is kept by one module, which
 * implements {@link RetainedRecords} for it.
 */
public enum RecordKind {
  /** A concern the front door decided needed no further action ({@code referral}). */
  CONCERN_NO_FURTHER_ACTION,
  /** A member of staff's closed account: their name and e-mail address ({@code admin}). */
  CLOSED_ACCOUNT;

  public String messageKey() {
    return "governance.kind." + name();
  }
}
