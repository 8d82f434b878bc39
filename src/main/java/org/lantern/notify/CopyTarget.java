package org.lantern.notify;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.lantern.access.Role;

/**
 * Who a concern naming an indicator is copied to, as written in configuration: a role ({@code
 * EXPLOITATION_COORDINATOR}: everyone of the partnership with it), a named team ({@code @Specialist
 * Safeguarding Service}: everyone in a team of that name), or a role within a named team ({@code
 * TEAM_MANAGER@Specialist Safeguarding Service}: that team's managers).
 *
 * @param role the role, or null for everyone in the team
 * @param team the team's name, or null for the whole partnership
 */
public record CopyTarget(@Nullable Role role, @Nullable String team) {

  public CopyTarget {
    if (role == null && (team == null || team.isBlank())) {
      throw new IllegalArgumentException("A copy goes to a role, a named team, or both");
    }
    team = team == null || team.isBlank() ? null : team.strip();
  }

  /** Reads {@code ROLE}, {@code @Team name} or {@code ROLE@Team name}. */
  public static CopyTarget parse(String text) {
    String t = text.strip();
    int at = t.indexOf('@');
    String role = at < 0 ? t : t.substring(0, at).strip();
    String team = at < 0 ? null : t.substring(at + 1);
    try {
      return new CopyTarget(
          role.isEmpty() ? null : Role.valueOf(role.toUpperCase(Locale.ROOT)), team);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Not a copy target: '" + text + "' (write ROLE, @Team name or ROLE@Team name)", e);
    }
  }

  @Override
  public String toString() {
    return (role == null ? "" : role.name()) + (team == null ? "" : "@" + team);
  }
}
