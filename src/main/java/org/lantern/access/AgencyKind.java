package org.lantern.access;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of partner agency in a safeguarding partnership, each with the roles its people may
 * hold when an administrator adds or changes an account (docs/operating.md lists them). A partner
 * system's role is never a person's. Every kind may have its own agency administrators.
 */
public enum AgencyKind {
  COUNCIL(
      Role.PRACTITIONER,
      Role.FRONT_DOOR,
      Role.SOCIAL_WORKER,
      Role.TEAM_MANAGER,
      Role.EXPLOITATION_COORDINATOR,
      Role.PANEL_MEMBER,
      Role.MISSING_SERVICE_WORKER,
      Role.STRATEGIC_LEAD,
      Role.COUNCILLOR,
      Role.INFORMATION_GOVERNANCE,
      Role.PARTNERSHIP_ADMIN,
      Role.AGENCY_ADMINISTRATOR),
  POLICE(
      Role.POLICE,
      Role.FRONT_DOOR,
      Role.EXPLOITATION_COORDINATOR,
      Role.PANEL_MEMBER,
      Role.STRATEGIC_LEAD,
      Role.INFORMATION_GOVERNANCE,
      Role.AGENCY_ADMINISTRATOR),
  NHS_TRUST(
      Role.PRACTITIONER,
      Role.HEALTH_SAFEGUARDING_LEAD,
      Role.UNSCHEDULED_CARE_CLINICIAN,
      Role.FRONT_DOOR,
      Role.PANEL_MEMBER,
      Role.STRATEGIC_LEAD,
      Role.INFORMATION_GOVERNANCE,
      Role.AGENCY_ADMINISTRATOR),
  GP_PRACTICE(
      Role.PRACTITIONER,
      Role.HEALTH_SAFEGUARDING_LEAD,
      Role.UNSCHEDULED_CARE_CLINICIAN,
      Role.AGENCY_ADMINISTRATOR),
  SCHOOL(Role.PRACTITIONER, Role.PANEL_MEMBER, Role.AGENCY_ADMINISTRATOR),
  COLLEGE(Role.PRACTITIONER, Role.PANEL_MEMBER, Role.AGENCY_ADMINISTRATOR),
  CHARITY(
      Role.PRACTITIONER, Role.MISSING_SERVICE_WORKER, Role.PANEL_MEMBER, Role.AGENCY_ADMINISTRATOR),
  PROBATION(Role.PRACTITIONER, Role.PANEL_MEMBER, Role.STRATEGIC_LEAD, Role.AGENCY_ADMINISTRATOR),
  /** Child and adolescent mental health services: clinicians refer; their lead sits at panel. */
  CAMHS(
      Role.PRACTITIONER,
      Role.HEALTH_SAFEGUARDING_LEAD,
      Role.PANEL_MEMBER,
      Role.STRATEGIC_LEAD,
      Role.INFORMATION_GOVERNANCE,
      Role.AGENCY_ADMINISTRATOR),
  /** The youth justice service (youth offending team). */
  YOUTH_JUSTICE(
      Role.PRACTITIONER, Role.PANEL_MEMBER, Role.STRATEGIC_LEAD, Role.AGENCY_ADMINISTRATOR),
  /** A council's or housing association's housing service. */
  HOUSING(Role.PRACTITIONER, Role.PANEL_MEMBER, Role.AGENCY_ADMINISTRATOR),
  /** A community rehabilitation company (adults on licence or community orders). */
  COMMUNITY_REHABILITATION(Role.PRACTITIONER, Role.PANEL_MEMBER, Role.AGENCY_ADMINISTRATOR),
  /** The fire and rescue service (home safety visits, arson). */
  FIRE(Role.PRACTITIONER, Role.PANEL_MEMBER, Role.AGENCY_ADMINISTRATOR),
  /** The ambulance service: crews refer; its safeguarding lead works with health's. */
  AMBULANCE(Role.PRACTITIONER, Role.HEALTH_SAFEGUARDING_LEAD, Role.AGENCY_ADMINISTRATOR),
  /** Voluntary and community sector organisations other than the commissioned charity. */
  VOLUNTARY_SECTOR(
      Role.PRACTITIONER, Role.MISSING_SERVICE_WORKER, Role.PANEL_MEMBER, Role.AGENCY_ADMINISTRATOR);

  private final Set<Role> roles;

  AgencyKind(Role... roles) {
    EnumSet<Role> set = EnumSet.noneOf(Role.class);
    Collections.addAll(set, roles);
    this.roles = Collections.unmodifiableSet(set);
  }

  /** Whether a person of an agency of this kind may be given this role. */
  public boolean mayHold(Role role) {
    return roles.contains(role);
  }

  /** The roles its people may hold, in the order roles are declared. */
  public Set<Role> roles() {
    return roles;
  }

  public String messageKey() {
    return "agencyKind." + name();
  }
}
