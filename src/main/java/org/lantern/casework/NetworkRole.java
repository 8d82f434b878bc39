package org.lantern.casework;

/** What a member of the child's professional network is to the child. */
public enum NetworkRole {
  SCHOOL_SAFEGUARDING_LEAD,
  SCHOOL,
  GP,
  HEALTH_VISITOR,
  SCHOOL_NURSE,
  MISSING_SERVICE_WORKER,
  POLICE_OFFICER,
  YOUTH_JUSTICE,
  PLACING_AUTHORITY_WORKER,
  OTHER;

  public String messageKey() {
    return "casework.network.role." + name();
  }
}
