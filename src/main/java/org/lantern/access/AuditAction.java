package org.lantern.access;

/** What happened, as the audit log records it. */
public enum AuditAction {
  FIND_CHILD,
  VIEW_CHILD_RECORD,
  RAISE_CONCERN,
  RECORD_VERBAL_REFERRAL,
  DECIDE_CONCERN,
  VIEW_CHILD_AUDIT,
  VIEW_OWN_REFERRAL,
  VIEW_WORKLIST,
  CONFIRM_REFERRAL,
  REGISTER_CHILD,
  BREAK_GLASS_GRANTED,
  BREAK_GLASS_REVIEWED,
  AUDIT_EXPORTED,
  SIGNED_IN,
  SIGN_IN_FAILED,
  ACCOUNT_LOCKED,
  SINGLE_SIGN_ON_BOUND,
  IMPORT_PERSON_RECORDS,
  REVIEW_PERSON_LINKS,
  VIEW_PERSON_LINK,
  LINK_PERSON_RECORDS,
  CONFIRM_PERSON_LINK,
  REJECT_PERSON_LINK;

  static AuditAction of(Permission permission) {
    return valueOf(permission.name());
  }

  public String messageKey() {
    return "auditAction." + name();
  }
}
