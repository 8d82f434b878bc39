package org.lantern.demo;

import java.util.List;
import org.lantern.access.Role;

/**
 * A demo account: one per role in the domain brief, plus a second front-door worker and a school's
 * agency administrator (its business manager, who manages the school's own staff).
 */
record DemoAccount(String username, String name, Role role, String agency, String team) {

  static final String COUNCIL = "Marlshire County Council";
  static final String POLICE = "Marlshire Police";
  static final String TRUST = "Marlshire Hospitals NHS Trust";
  static final String GP = "Wrenbridge Health Centre";
  static final String ACADEMY = "Greywater Academy";
  static final String HIGH_SCHOOL = "Hollin Moor High School";
  static final String COLLEGE = "Tamsford College";
  static final String CHARITY = "Waymark Exploitation and Missing Service";
  static final String PROBATION = "Marlshire Probation Delivery Unit";

  static final String FRONT_DOOR_TEAM = "Front door (MASH)";
  static final String EXPLOITATION_TEAM = "Exploitation and missing team";
  static final String CHILDRENS_TEAM = "Greywater children's team";
  static final String SERVICE_NORTH_TEAM = "Waymark north team";
  static final String SERVICE_SOUTH_TEAM = "Waymark south team";

  static final List<DemoAccount> ALL =
      List.of(
          new DemoAccount("frontdoor", "Priya Raman", Role.FRONT_DOOR, COUNCIL, FRONT_DOOR_TEAM),
          new DemoAccount(
              "frontdoor2", "Tom Hargreaves", Role.FRONT_DOOR, COUNCIL, FRONT_DOOR_TEAM),
          new DemoAccount(
              "coordinator",
              "Ruth Adeyemi",
              Role.EXPLOITATION_COORDINATOR,
              COUNCIL,
              EXPLOITATION_TEAM),
          new DemoAccount("teacher", "Megan Fairweather", Role.PRACTITIONER, ACADEMY, ""),
          new DemoAccount(
              "socialworker", "Sam Okafor", Role.SOCIAL_WORKER, COUNCIL, CHILDRENS_TEAM),
          new DemoAccount("manager", "Lena Whitcombe", Role.TEAM_MANAGER, COUNCIL, CHILDRENS_TEAM),
          new DemoAccount("panel", "Joe Brannigan", Role.PANEL_MEMBER, COLLEGE, ""),
          new DemoAccount(
              "missing",
              "Aisha Siddiqui",
              Role.MISSING_SERVICE_WORKER,
              CHARITY,
              SERVICE_NORTH_TEAM),
          new DemoAccount("police", "Dan Kowalczyk", Role.POLICE, POLICE, ""),
          new DemoAccount("health", "Grace Tremayne", Role.HEALTH_SAFEGUARDING_LEAD, TRUST, ""),
          new DemoAccount("aande", "Nia Pengelly", Role.UNSCHEDULED_CARE_CLINICIAN, TRUST, ""),
          new DemoAccount("strategic", "Owen Pritchard", Role.STRATEGIC_LEAD, COUNCIL, ""),
          new DemoAccount("councillor", "Martin Ellery", Role.COUNCILLOR, COUNCIL, ""),
          new DemoAccount("governance", "Hannah Lyle", Role.INFORMATION_GOVERNANCE, COUNCIL, ""),
          new DemoAccount("admin", "Ben Ashdown", Role.PARTNERSHIP_ADMIN, COUNCIL, ""),
          new DemoAccount(
              "schooladmin", "Carys Pendleton", Role.AGENCY_ADMINISTRATOR, ACADEMY, ""));

  /** The demo partner system: the A&E department's patient system. */
  static final String API_CLIENT_ID = "demo-ed";

  static final String API_SECRET = "lantern-demo-api-key";
}
