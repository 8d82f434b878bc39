package org.lantern.access.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AccountCreation;
import org.lantern.access.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on settings (docs/operating.md, "Single sign-on: roles from the identity provider").
 *
 * @param usernameClaim the claim that names a Lantern account at its first sign-on
 * @param accounts whether accounts must exist before their first sign-on ({@code EXISTING}, the
 *     default) or may be created from the claims by the mappings ({@code CREATE}), for a
 *     partnership whose administrator has not chosen ({@link SingleSignOnChoices})
 * @param mappings from a claim's value (an Entra ID group's id, say) to a role, an agency and a
 *     team; the first that matches decides, after the partnerships' own mappings kept in the
 *     database ({@link SingleSignOnMappingCheck#inOrder}), so these are the default
 * @param followMappings whether an account made by a mapping takes the role, agency and team of the
 *     mapping that matches at each later sign-on (its sessions' next request), so that moving
 *     someone between groups at the provider moves them in Lantern
 */
@ConfigurationProperties("lantern.security.oidc")
public record OidcSettings(
    String usernameClaim,
    AccountCreation accounts,
    List<RoleMapping> mappings,
    boolean followMappings) {

  /**
   * One mapping: when the claim holds the value (a string equal to it, or a list with it in), the
   * person is given this role in this agency (its name, or its id), and this team of it if given.
   */
  public record RoleMapping(
      @Nullable String claim, String value, Role role, String agency, @Nullable String team) {

    /** The claim a mapping reads when it names none. */
    public static final String GROUPS = "groups";

    String claimName() {
      return claim == null || claim.isBlank() ? GROUPS : claim;
    }

    boolean matches(Map<String, Object> claims) {
      Object held = claims.get(claimName());
      if (held instanceof Collection<?> values) {
        return values.stream().anyMatch(v -> value.equals(String.valueOf(v)));
      }
      return held != null && value.equals(String.valueOf(held));
    }

    /** How the audit log names it. */
    String describe() {
      return claimName()
          + " = "
          + value
          + " → role "
          + role
          + ", agency "
          + agency
          + (team == null || team.isBlank() ? "" : ", team " + team);
    }
  }

  public OidcSettings {
    if (usernameClaim == null || usernameClaim.isBlank()) {
      usernameClaim = "preferred_username";
    }
    if (accounts == null) {
      accounts = AccountCreation.EXISTING;
    }
    mappings = mappings == null ? List.of() : List.copyOf(mappings);
    for (RoleMapping m : mappings) {
      if (m.value() == null || m.value().isBlank() || m.agency() == null || m.role() == null) {
        throw new IllegalStateException(
            "Each lantern.security.oidc.mappings[n] needs a value, a role and an agency");
      }
      if (!m.role().isForPeople()) {
        throw new IllegalStateException(
            "A single sign-on mapping cannot give the role "
                + m.role().name().toLowerCase(Locale.ROOT));
      }
    }
  }
}
