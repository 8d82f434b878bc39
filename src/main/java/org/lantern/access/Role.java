package org.lantern.access;

/** What a person does in the partnership; the access policy decides from it. */
public enum Role {
  PRACTITIONER,
  FRONT_DOOR,
  SOCIAL_WORKER,
  TEAM_MANAGER,
  EXPLOITATION_COORDINATOR,
  PANEL_MEMBER,
  MISSING_SERVICE_WORKER,
  POLICE,
  HEALTH_SAFEGUARDING_LEAD,
  STRATEGIC_LEAD,
  COUNCILLOR,
  INFORMATION_GOVERNANCE,
  PARTNERSHIP_ADMIN,
  /** A partner agency's system calling the REST API. */
  PARTNER_SYSTEM;

  /** Sees every child of the partnership as part of the job. */
  public boolean seesWholePartnership() {
    return this == FRONT_DOOR || this == EXPLOITATION_COORDINATOR;
  }

  /** Works directly with children, so may raise concerns and use break-glass access. */
  public boolean worksWithChildren() {
    return switch (this) {
      case PRACTITIONER,
          FRONT_DOOR,
          SOCIAL_WORKER,
          TEAM_MANAGER,
          EXPLOITATION_COORDINATOR,
          PANEL_MEMBER,
          MISSING_SERVICE_WORKER,
          POLICE,
          HEALTH_SAFEGUARDING_LEAD ->
          true;
      case STRATEGIC_LEAD, COUNCILLOR, INFORMATION_GOVERNANCE, PARTNERSHIP_ADMIN, PARTNER_SYSTEM ->
          false;
    };
  }

  public String messageKey() {
    return "role." + name();
  }
}
