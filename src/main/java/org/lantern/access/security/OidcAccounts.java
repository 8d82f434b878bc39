package org.lantern.access.security;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.RecordRef;
import org.lantern.access.data.UserAccountEntity;
import org.lantern.access.data.UserAccounts;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single sign-on for real deployments: the identity provider proves who someone is; Lantern's own
 * account says their role and agency.
 *
 * <p>An account is bound to the provider's person (the ID token's issuer and subject) on its first
 * single sign-on, found then by a claim naming the account (by default {@code preferred_username},
 * in any case): trust on first use. From then on the account is found by issuer and subject alone,
 * so a person whose name claim changes keeps their account, and someone else whose claim names it
 * is refused. Someone the provider knows but Lantern does not is refused, and audited, unless the
 * partnership whose mapping matches them lets single sign-on create accounts from the provider's
 * claims ({@link SingleSignOnChoices}, through {@link OidcMappedAccounts}).
 */
@Component
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

  static final String OTHER_IDENTITY = "OTHER_SINGLE_SIGN_ON";

  private static final int MAX_ISSUER = 500;
  private static final int MAX_SUBJECT = 255;

  private final OidcUserService delegate = new OidcUserService();
  private final UserAccounts users;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final OidcSettings settings;
  private final OidcMappedAccounts mapped;

  OidcAccounts(
      UserAccounts users,
      CurrentUsers currentUsers,
      AuditLog audit,
      TransactionTemplate transaction,
      OidcSettings settings,
      OidcMappedAccounts mapped) {
    this.users = users;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.transaction = transaction;
    this.settings = settings;
    this.mapped = mapped;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    return link(delegate.loadUser(request));
  }

  /**
   * What a sign-on found: the account to sign in to, an account someone else tried to use, or why
   * someone with no account was not given one.
   */
  private record Found(
      @Nullable CurrentUser user,
      @Nullable CurrentUser refused,
      OidcMappedAccounts.@Nullable Stranger stranger) {

    static final Found NOTHING = new Found(null, null, null);
  }

  OidcUser link(OidcUser oidcUser) {
    String issuer = oidcUser.getIdToken().getClaimAsString(IdTokenClaimNames.ISS);
    String subject = oidcUser.getIdToken().getSubject();
    if (blank(issuer, MAX_ISSUER) || blank(subject, MAX_SUBJECT)) {
      throw refused("no_identity", "The identity provider did not say who this is");
    }
    Object claim = oidcUser.getClaims().get(settings.usernameClaim());
    Found found =
        transaction.execute(
            tx -> find(issuer, subject, claim == null ? "" : claim.toString(), oidcUser));
    if (found.refused() != null) {
      // In its own transaction, after the search's: a sign-on never holds two connections.
      CurrentUser target = found.refused();
      audit.recordRefusal(
          target,
          AuditAction.SIGN_IN_FAILED,
          null,
          RecordRef.of("USER", target.id()),
          OTHER_IDENTITY,
          "single sign-on by subject " + subject + " of " + issuer);
      throw refused("bound_to_another", "The Lantern account belongs to someone else");
    }
    OidcMappedAccounts.Stranger stranger = found.stranger();
    if (stranger != null) {
      // Every mapping decision is audited, a refusal too; with no account to record it against,
      // by the name the provider gave, and with no partnership when no mapping said whose.
      audit.recordStrangerRefusal(
          stranger.partnershipId(),
          UserAccountEntity.normalise(claim == null ? "" : claim.toString()),
          stranger.agencyName(),
          AuditAction.SIGN_IN_FAILED,
          new RecordRef("USER", null),
          stranger.basis(),
          stranger.detail());
    }
    if (found.user() == null) {
      throw refused("not_a_lantern_user", "No Lantern account");
    }
    return new LanternOidcUser(found.user(), oidcUser);
  }

  private Found find(String issuer, String subject, String claim, OidcUser oidcUser) {
    Optional<UserAccountEntity> bound = users.findByOidcIssuerAndOidcSubject(issuer, subject);
    if (bound.isPresent()) {
      return bound
          .filter(UserAccountEntity::enabled)
          .map(a -> found(mapped.follow(a, oidcUser.getClaims())))
          .orElse(Found.NOTHING);
    }
    String username = UserAccountEntity.normalise(claim);
    if (username.isEmpty()) {
      return Found.NOTHING;
    }
    Optional<UserAccountEntity> any = users.lockByUsername(username);
    if (any.isEmpty()) {
      OidcMappedAccounts.Made made = mapped.create(username, issuer, subject, oidcUser.getClaims());
      UserAccountEntity account = made.account();
      return account != null ? found(account) : new Found(null, null, made.refused());
    }
    Optional<UserAccountEntity> named = any.filter(UserAccountEntity::enabled);
    if (named.isEmpty()) {
      return Found.NOTHING;
    }
    UserAccountEntity account = named.get();
    if (account.singleSignOnBoundTo(issuer, subject)) {
      return found(account); // bound by a sign-on that ran at the same time as this one
    }
    if (account.singleSignOnBound()) {
      return new Found(null, currentUsers.of(account), null);
    }
    account.bindSingleSignOn(issuer, subject);
    account = mapped.follow(account, oidcUser.getClaims());
    CurrentUser user = currentUsers.of(account);
    audit.record(
        user,
        AuditAction.SINGLE_SIGN_ON_BOUND,
        null,
        RecordRef.of("USER", user.id()),
        null,
        "subject " + subject + " of " + issuer);
    return new Found(user, null, null);
  }

  private Found found(UserAccountEntity account) {
    return new Found(currentUsers.of(account), null, null);
  }

  private static boolean blank(@Nullable String value, int max) {
    return value == null || value.isBlank() || value.length() > max;
  }

  private static OAuth2AuthenticationException refused(String code, String description) {
    return new OAuth2AuthenticationException(new OAuth2Error(code, description, null));
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
