package org.lantern.demo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lantern.access.AgencyKind;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.NewUser;
import org.lantern.access.Role;

/** The demo county's partnership, districts, agencies, teams and demo accounts, as made. */
final class DemoOrganisation {

  static final String PARTNERSHIP = "Marlshire Safeguarding Children Partnership";
  static final List<String> DISTRICTS =
      List.of("Greywater", "Hollin Moor", "Tamsford", "Wrenbridge");

  /** The partnership's second local authority, and its districts. */
  static final String BOROUGH = "Greywater Borough Council";

  static final List<String> BOROUGH_DISTRICTS = List.of("Greywater", "Hollin Moor");

  final UUID partnershipId;
  final Map<String, UUID> districts = new LinkedHashMap<>();
  final Map<String, UUID> agencies = new LinkedHashMap<>();
  final Map<String, AgencyKind> agencyKinds = new HashMap<>();
  final Map<String, UUID> teams = new HashMap<>();
  final Map<String, UUID> users = new HashMap<>();
  final CurrentUser importer;

  private DemoOrganisation(Directory directory, String password) {
    partnershipId = directory.createPartnership(PARTNERSHIP);
    // two councils: the county's, and a borough council for Greywater and Hollin Moor
    UUID county = directory.createLocalAuthority(partnershipId, DemoAccount.COUNCIL);
    UUID borough = directory.createLocalAuthority(partnershipId, BOROUGH);
    for (String district : DISTRICTS) {
      districts.put(
          district,
          directory.createDistrict(
              partnershipId, district, BOROUGH_DISTRICTS.contains(district) ? borough : county));
    }
    agency(directory, DemoAccount.COUNCIL, AgencyKind.COUNCIL, null);
    agency(directory, DemoAccount.POLICE, AgencyKind.POLICE, null);
    agency(directory, DemoAccount.TRUST, AgencyKind.NHS_TRUST, "Tamsford");
    agency(directory, DemoAccount.GP, AgencyKind.GP_PRACTICE, "Wrenbridge");
    agency(directory, DemoAccount.ACADEMY, AgencyKind.SCHOOL, "Greywater");
    agency(directory, DemoAccount.HIGH_SCHOOL, AgencyKind.SCHOOL, "Hollin Moor");
    agency(directory, DemoAccount.COLLEGE, AgencyKind.COLLEGE, "Tamsford");
    agency(directory, DemoAccount.CHARITY, AgencyKind.CHARITY, null);
    agency(directory, DemoAccount.PROBATION, AgencyKind.PROBATION, null);
    UUID council = agencies.get(DemoAccount.COUNCIL);
    for (String team :
        List.of(
            DemoAccount.FRONT_DOOR_TEAM,
            DemoAccount.EXPLOITATION_TEAM,
            DemoAccount.CHILDRENS_TEAM)) {
      teams.put(team, directory.createTeam(council, team));
    }
    // The commissioned service's own teams, each covering part of the county (seed 002 ¶107).
    UUID charity = agencies.get(DemoAccount.CHARITY);
    for (String team : List.of(DemoAccount.SERVICE_NORTH_TEAM, DemoAccount.SERVICE_SOUTH_TEAM)) {
      teams.put(team, directory.createTeam(charity, team));
    }
    for (DemoAccount account : DemoAccount.ALL) {
      UUID agency = agencies.get(account.agency());
      users.put(
          account.username(),
          directory.createUser(
              new NewUser(
                  account.username(),
                  account.name(),
                  account.username() + "@" + "demo.lantern.invalid",
                  password,
                  account.role(),
                  agency,
                  account.team().isEmpty() ? null : teams.get(account.team()))));
    }
    directory.createApiClient(
        agencies.get(DemoAccount.TRUST),
        DemoAccount.API_CLIENT_ID,
        "Tamsford General A&E patient system",
        "Tamsford General ED",
        DemoAccount.API_SECRET);
    importer = asUser(directory, "admin");
  }

  static DemoOrganisation create(Directory directory, String password) {
    return new DemoOrganisation(directory, password);
  }

  CurrentUser asUser(Directory directory, String username) {
    var user = directory.user(users.get(username)).orElseThrow();
    return new CurrentUser(
        user.id(),
        user.username(),
        user.displayName(),
        user.role(),
        user.agencyId(),
        user.agencyName(),
        partnershipId,
        user.teamId());
  }

  UUID user(String username) {
    return users.get(username);
  }

  Role role(String username) {
    return DemoAccount.ALL.stream()
        .filter(a -> a.username().equals(username))
        .findFirst()
        .orElseThrow()
        .role();
  }

  private void agency(Directory directory, String name, AgencyKind kind, String district) {
    UUID id =
        directory.createAgency(
            partnershipId, name, kind, district == null ? null : districts.get(district));
    agencies.put(name, id);
    agencyKinds.put(name, kind);
  }
}
