package org.lantern.testing;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;

/** A partnership made for one test: its agencies, teams and one person per role. */
public record TestPartnership(
    UUID id,
    UUID districtId,
    UUID councilId,
    UUID policeId,
    UUID schoolId,
    UUID trustId,
    UUID charityId,
    UUID teamId,
    Map<Role, CurrentUser> people,
    String suffix) {

  public static final String PASSWORD = "Test-password-1";

  public CurrentUser user(Role role) {
    return people.get(role);
  }

  public String username(Role role) {
    return people.get(role).username();
  }

  static Map<Role, CurrentUser> newPeople() {
    return new EnumMap<>(Role.class);
  }
}
