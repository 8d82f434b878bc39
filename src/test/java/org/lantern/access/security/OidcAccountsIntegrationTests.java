package org.lantern.access.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditEntry;
import org.lantern.access.AuditEntry.Outcome;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.NewUser;
import org.lantern.access.Role;
import org.lantern.access.data.UserAccounts;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Single sign-on binds a Lantern account to the identity provider's person (issuer and subject) the
 * first time, and from then on only that person signs in to it, whatever their username claim says.
 * No real identity provider: the OIDC users are made here as the provider's would be.
 */
@IntegrationTest
class OidcAccountsIntegrationTests {

  static final String ISSUER = "https://login.example.org/realms/partnership";

  private static TestPartnership p;

  @Autowired OidcAccounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired UserAccounts users;
  @Autowired AuditLog audit;
  @Autowired MutableClock clock;

  @BeforeEach
  void setUp() {
    clock.reset();
    if (p == null) {
      p = fixtures.partnership();
    }
  }

  @Test
  void theFirstSignOnFindsTheAccountByItsNameInAnyCaseAndBindsItToThePerson() {
    String username = newAccount();

    String subject = UUID.randomUUID().toString();

    OidcUser signedIn = accounts.link(oidcUser(ISSUER, subject, username.toUpperCase()));

    assertThat(user(signedIn).username()).isEqualTo(username);
    var account = users.findByUsername(username).orElseThrow();
    assertThat(account.oidcIssuer()).isEqualTo(ISSUER);
    assertThat(account.oidcSubject()).isEqualTo(subject);
    assertThat(auditOf(username))
        .extracting(AuditEntry::action, AuditEntry::outcome)
        .containsExactly(tuple(AuditAction.SINGLE_SIGN_ON_BOUND, Outcome.ALLOWED));
  }

  @Test
  void onceBoundThePersonSignsInEvenWhenTheirNameClaimChanges() {
    String username = newAccount();
    String subject = UUID.randomUUID().toString();
    OidcUser first = accounts.link(oidcUser(ISSUER, subject, username));

    OidcUser later = accounts.link(oidcUser(ISSUER, subject, "renamed-" + username));

    assertThat(user(later).id()).isEqualTo(user(first).id());
  }

  @Test
  void someoneElseWhoseNameClaimNamesABoundAccountIsRefusedAndAudited() {
    String username = newAccount();
    String owner = UUID.randomUUID().toString();
    String someoneElse = UUID.randomUUID().toString();
    accounts.link(oidcUser(ISSUER, owner, username));

    assertThatThrownBy(() -> accounts.link(oidcUser(ISSUER, someoneElse, username)))
        .isInstanceOfSatisfying(
            OAuth2AuthenticationException.class,
            e -> assertThat(e.getError().getErrorCode()).isEqualTo("bound_to_another"));

    assertThat(users.findByUsername(username).orElseThrow().oidcSubject()).isEqualTo(owner);
    assertThat(auditOf(username))
        .filteredOn(e -> e.action() == AuditAction.SIGN_IN_FAILED)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(Outcome.REFUSED);
              assertThat(e.basis()).isEqualTo("OTHER_SINGLE_SIGN_ON");
              assertThat(e.purpose()).contains(someoneElse);
            });
  }

  @Test
  void theSameSubjectFromAnotherIssuerIsSomeoneElse() {
    String username = newAccount();
    String subject = UUID.randomUUID().toString();
    accounts.link(oidcUser(ISSUER, subject, username));

    assertThatThrownBy(() -> accounts.link(oidcUser("https://evil.example.com", subject, username)))
        .isInstanceOf(OAuth2AuthenticationException.class);
  }

  @Test
  void aBoundPersonSignsInToTheirOwnAccountWhateverTheirNameClaimSays() {
    String owner = newAccount();
    String other = newAccount();
    String subject = UUID.randomUUID().toString();
    accounts.link(oidcUser(ISSUER, subject, owner));

    OidcUser signedIn = accounts.link(oidcUser(ISSUER, subject, other));

    assertThat(user(signedIn).username()).isEqualTo(owner);
    assertThat(users.findByUsername(other).orElseThrow().oidcSubject()).isNull();
  }

  @Test
  void someoneLanternDoesNotKnowIsRefused() {
    assertThatThrownBy(
            () -> accounts.link(oidcUser(ISSUER, UUID.randomUUID().toString(), "no-such-account")))
        .isInstanceOfSatisfying(
            OAuth2AuthenticationException.class,
            e -> assertThat(e.getError().getErrorCode()).isEqualTo("not_a_lantern_user"));
    assertThatThrownBy(() -> accounts.link(oidcUser(ISSUER, UUID.randomUUID().toString(), null)))
        .isInstanceOf(OAuth2AuthenticationException.class);
  }

  private String newAccount() {
    String username = "sso-" + UUID.randomUUID().toString().substring(0, 12);
    directory.createUser(
        new NewUser(
            username, "Single sign-on " + username, null, null, Role.POLICE, p.policeId(), null));
    return username;
  }

  private static OidcUser oidcUser(
      String issuer, String subject, @Nullable String preferredUsername) {
    Instant now = Instant.now();
    var token =
        OidcIdToken.withTokenValue("id-token")
            .issuer(issuer)
            .subject(subject)
            .issuedAt(now)
            .expiresAt(now.plus(Duration.ofMinutes(5)));
    if (preferredUsername != null) {
      token.claim("preferred_username", preferredUsername);
    }
    return new DefaultOidcUser(List.of(), token.build());
  }

  private static CurrentUser user(OidcUser signedIn) {
    assertThat(signedIn).isInstanceOf(HoldsCurrentUser.class);
    return ((HoldsCurrentUser) signedIn).currentUser();
  }

  private List<AuditEntry> auditOf(String username) {
    List<AuditEntry> entries = new ArrayList<>();
    audit.forPartnership(
        p.id(),
        clock.instant().minusSeconds(60),
        clock.instant().plusSeconds(60),
        e -> {
          if (e.username().equals(username)) {
            entries.add(e);
          }
        });
    return entries;
  }
}
