package org.lantern.access.security;

import org.lantern.access.CurrentUser;
import org.lantern.access.data.UserAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single sign-on for real deployments: the identity provider proves who someone is; Lantern's own
 * account (matched on a claim, by default {@code preferred_username}) says their role and agency.
 * Someone the provider knows but Lantern does not is refused.
 */
@Component
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final OidcUserService delegate = new OidcUserService();
  private final UserAccounts users;
  private final CurrentUsers currentUsers;
  private final String usernameClaim;

  OidcAccounts(
      UserAccounts users,
      CurrentUsers currentUsers,
      @Value("${lantern.security.oidc.username-claim:preferred_username}") String usernameClaim) {
    this.users = users;
    this.currentUsers = currentUsers;
    this.usernameClaim = usernameClaim;
  }

  @Override
  @Transactional(readOnly = true)
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser oidcUser = delegate.loadUser(request);
    return link(oidcUser);
  }

  OidcUser link(OidcUser oidcUser) {
    Object claim = oidcUser.getClaims().get(usernameClaim);
    var account =
        users
            .withUsername(claim == null ? "" : claim.toString())
            .filter(a -> a.enabled())
            .orElseThrow(
                () ->
                    new OAuth2AuthenticationException(
                        new OAuth2Error("not_a_lantern_user", "No Lantern account", null)));
    return new LanternOidcUser(currentUsers.of(account), oidcUser);
  }

  /** An OIDC sign-in carrying the Lantern account it maps to. */
  static final class LanternOidcUser extends DefaultOidcUser implements HoldsCurrentUser {

    private final CurrentUser user;

    LanternOidcUser(CurrentUser user, OidcUser oidcUser) {
      super(
          LanternPrincipal.authorities(user), oidcUser.getIdToken(), oidcUser.getUserInfo(), "sub");
      this.user = user;
    }

    @Override
    public CurrentUser currentUser() {
      return user;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof LanternOidcUser o && o.user.id().equals(user.id());
    }

    @Override
    public int hashCode() {
      return user.id().hashCode();
    }
  }
}
