package org.lantern.access;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of partner agency in a safeguarding partnership, each with the roles its people may
 * hold when an administrator adds or changes an account (docs/operating.md lists them). A partner
 * system's role is never a person's.
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
      Role.PARTNERSHIP_ADMIN),
  POLICE(
      Role.POLICE,
      Role.FRONT_DOOR,
      Role.EXPLOITATION_COORDINATOR,
      Role.PANEL_MEMBER,
      Role.STRATEGIC_LEAD,
      Role.INFORMATION_GOVERNANCE),
  NHS_TRUST(
      Role.PRACTITIONER,
      Role.HEALTH_SAFEGUARDING_LEAD,
      Role.UNSCHEDULED_CARE_CLINICIAN,
      Role.FRONT_DOOR,
      Role.PANEL_MEMBER,
      Role.STRATEGIC_LEAD,
      Role.INFORMATION_GOVERNANCE),
  GP_PRACTICE(Role.PRACTITIONER, Role.HEALTH_SAFEGUARDING_LEAD, Role.UNSCHEDULED_CARE_CLINICIAN),
  SCHOOL(Role.PRACTITIONER, Role.PANEL_MEMBER),
  COLLEGE(Role.PRACTITIONER, Role.PANEL_MEMBER),
  CHARITY(Role.PRACTITIONER, Role.MISSING_SERVICE_WORKER, Role.PANEL_MEMBER),
  PROBATION(Role.PRACTITIONER, Role.PANEL_MEMBER, Role.STRATEGIC_LEAD),
  /** Child and adolescent mental health services: clinicians refer; their lead sits at panel. */
  CAMHS(
      Role.PRACTITIONER,
      Role.HEALTH_SAFEGUARDING_LEAD,
      Role.PANEL_MEMBER,
      Role.STRATEGIC_LEAD,
      Role.INFORMATION_GOVERNANCE),
  /** The youth justice service (youth offending team). */
  YOUTH_JUSTICE(Role.PRACTITIONER, Role.PANEL_MEMBER, Role.STRATEGIC_LEAD),
  /** A council's or housing association's housing service. */
  HOUSING(Role.PRACTITIONER, Role.PANEL_MEMBER),
  /** A community rehabilitation company (adults on licence or community orders). */
  COMMUNITY_REHABILITATION(Role.PRACTITIONER, Role.PANEL_MEMBER),
  /** The fire and rescue service (home safety visits, arson). */
  FIRE(Role.PRACTITIONER, Role.PANEL_MEMBER),
  /** The ambulance service: crews refer; its safeguarding lead works with health's. */
  AMBULANCE(Role.PRACTITIONER, Role.HEALTH_SAFEGUARDING_LEAD),
  /** Voluntary and community sector organisations other than the commissioned charity. */
  VOLUNTARY_SECTOR(Role.PRACTITIONER, Role.MISSING_SERVICE_WORKER, Role.PANEL_MEMBER);

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
