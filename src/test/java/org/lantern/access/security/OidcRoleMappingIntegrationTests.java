package org.lantern.access.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccountCreation;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Role;
import org.lantern.access.SingleSignOnMappingChanges;
import org.lantern.access.SingleSignOnMappingChanges.Wanted;
import org.lantern.access.SingleSignOnMappings;
import org.lantern.access.SingleSignOnProblem;
import org.lantern.access.data.Agencies;
import org.lantern.access.data.SingleSignOnChoiceRows;
import org.lantern.access.data.SingleSignOnMappingRecords;
import org.lantern.access.data.Teams;
import org.lantern.access.data.UserAccountEntity;
import org.lantern.access.data.UserAccounts;
import org.lantern.access.security.OidcSettings.RoleMapping;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single sign-on roles from the identity provider: a partnership that lets single sign-on create
 * accounts maps a claim's value (an Entra ID group) to a role, an agency and a team; the first
 * matching mapping decides, each account made or moved is audited with its mapping, and a mapping
 * that does not fit (no such agency, a role the agency may not hold) lets nobody in. The settings
 * are made here as configuration would make them; the provider's users as the provider would.
 */
@IntegrationTest
class OidcRoleMappingIntegrationTests {

  static final String ISSUER = "https://login.example.org/tenant";

  private static TestPartnership p;

  @Autowired UserAccounts users;
  @Autowired CurrentUsers currentUsers;
  @Autowired AuditLog audit;
  @Autowired TransactionTemplate transaction;
  @Autowired Directory directory;
  @Autowired Agencies agencies;
  @Autowired Teams teams;
  @Autowired SingleSignOnMappingRecords stored;
  @Autowired SingleSignOnChoiceRows chosen;
  @Autowired SingleSignOnMappingChanges changes;
  @Autowired SingleSignOnMappings ssoPage;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void setUp() {
    if (p == null) {
      p = fixtures.partnership();
    }
  }

  @Test
  void theFirstSignOnMakesTheAccountFromTheFirstMappingTheGroupsMatch() {
    OidcAccounts accounts =
        accounts(
            AccountCreation.CREATE,
            false,
            new RoleMapping(null, "g-social-work", Role.SOCIAL_WORKER, councilName(), teamName()),
            new RoleMapping(null, "g-staff", Role.PRACTITIONER, schoolName(), null));
    String username = "ent-" + UUID.randomUUID().toString().substring(0, 8);
    String subject = UUID.randomUUID().toString();

    CurrentUser user =
        user(accounts.link(oidcUser(subject, username, List.of("g-staff", "g-social-work"))));

    assertThat(user.role()).isEqualTo(Role.SOCIAL_WORKER);
    assertThat(user.agencyId()).isEqualTo(p.councilId());
    assertThat(user.teamId()).isEqualTo(p.teamId());
    UserAccountEntity account = users.findByUsername(username).orElseThrow();
    assertThat(account.oidcSubject()).isEqualTo(subject);
    assertThat(account.passwordHash()).isNull();
    assertThat(account.displayName()).isEqualTo("Robin Example");
    assertThat(audited(account.id(), "SINGLE_SIGN_ON_ACCOUNT_CREATED"))
        .contains("groups = g-social-work → role SOCIAL_WORKER", subject);

    // from then on found by subject: no second account
    assertThat(user(accounts.link(oidcUser(subject, username, List.of("g-staff")))).id())
        .isEqualTo(user.id());
    assertThat(
            jdbc.sql("select count(*) from user_account where username = :u")
                .param("u", username)
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void noMatchingMappingOrOneThatDoesNotFitLetsNobodyIn() {
    OidcAccounts accounts =
        accounts(
            AccountCreation.CREATE,
            false,
            new RoleMapping(null, "g-doctors", Role.FRONT_DOOR, schoolName(), null),
            new RoleMapping(null, "g-nowhere", Role.PRACTITIONER, "No such agency", null));
    List<Refusal> refusals = new ArrayList<>();
    for (List<String> groups :
        List.of(List.of("g-unmapped"), List.of("g-doctors"), List.of("g-nowhere"))) {
      String username = "ent-" + UUID.randomUUID().toString().substring(0, 8);
      assertThatThrownBy(
              () -> accounts.link(oidcUser(UUID.randomUUID().toString(), username, groups)))
          .isInstanceOfSatisfying(
              OAuth2AuthenticationException.class,
              e -> assertThat(e.getError().getErrorCode()).isEqualTo("not_a_lantern_user"));
      assertThat(users.findByUsername(username)).as(groups.toString()).isEmpty();
      refusals.add(refusal(username));
    }
    assertThat(refusals)
        .as("each refusal audited, for the partnership whose agency the mapping found, if any")
        .extracting(Refusal::partnershipId, Refusal::basis)
        .containsExactly(
            tuple(null, "NO_SINGLE_SIGN_ON_MAPPING"),
            tuple(p.id(), "SINGLE_SIGN_ON_MAPPING_NOT_APPLICABLE"),
            tuple(null, "SINGLE_SIGN_ON_MAPPING_NOT_APPLICABLE"));
    assertThat(refusals.get(1).purpose())
        .contains("g-doctors", "the agency's kind may not hold that role");
  }

  @Test
  void withAccountsRequiredBeforehandAMatchingGroupMakesNoAccount() {
    OidcAccounts accounts =
        accounts(
            AccountCreation.EXISTING,
            false,
            new RoleMapping(null, "g-staff", Role.PRACTITIONER, schoolName(), null));
    String username = "ent-" + UUID.randomUUID().toString().substring(0, 8);
    assertThatThrownBy(
            () ->
                accounts.link(oidcUser(UUID.randomUUID().toString(), username, List.of("g-staff"))))
        .isInstanceOf(OAuth2AuthenticationException.class);
    assertThat(users.findByUsername(username)).isEmpty();
    Refusal refusal = refusal(username);
    assertThat(refusal.partnershipId()).isEqualTo(p.id());
    assertThat(refusal.basis()).isEqualTo("ACCOUNTS_ADDED_BEFOREHAND");
    assertThat(refusal.purpose()).contains("groups = g-staff → role PRACTITIONER");
  }

  @Test
  void thePartnershipsAdministratorChoosesWhetherSignOnMakesAccountsFromTheNextSignOn() {
    TestPartnership q = fixtures.partnership();
    String group = "g-choice-" + q.suffix();
    CurrentUser admin = q.user(Role.PARTNERSHIP_ADMIN);
    changes.add(admin, new Wanted("groups", group, Role.PRACTITIONER, q.schoolId(), null, null));
    OidcAccounts configuredBeforehand = accounts(AccountCreation.EXISTING, false);

    // not chosen yet: the configuration's (accounts added beforehand), though a mapping matches
    String first = "ent-" + UUID.randomUUID().toString().substring(0, 8);
    assertThatThrownBy(() -> configuredBeforehand.link(newcomer(first, group)))
        .isInstanceOf(OAuth2AuthenticationException.class);
    assertThat(users.findByUsername(first)).isEmpty();
    Refusal refusal = refusal(first);
    assertThat(refusal.partnershipId()).isEqualTo(q.id());
    assertThat(refusal.userId()).isNull();
    assertThat(refusal.outcome()).isEqualTo("REFUSED");
    assertThat(refusal.basis()).isEqualTo("ACCOUNTS_ADDED_BEFOREHAND");
    assertThat(refusal.purpose())
        .contains("the partnership's mapping 1: groups = " + group + " → role PRACTITIONER");

    changes.chooseAccounts(admin, AccountCreation.CREATE);
    assertThat(ssoPage.read(admin).accounts()).isEqualTo(AccountCreation.CREATE);
    assertThat(ssoPage.read(p.user(Role.PARTNERSHIP_ADMIN)).accounts())
        .as("another partnership still follows the configuration")
        .isEqualTo(AccountCreation.EXISTING);

    String second = "ent-" + UUID.randomUUID().toString().substring(0, 8);
    CurrentUser made = user(configuredBeforehand.link(newcomer(second, group)));
    assertThat(made.role()).isEqualTo(Role.PRACTITIONER);
    assertThat(made.agencyId()).isEqualTo(q.schoolId());
    assertThat(audited(made.id(), "SINGLE_SIGN_ON_ACCOUNT_CREATED")).contains(group);

    changes.chooseAccounts(admin, AccountCreation.EXISTING);
    changes.chooseAccounts(admin, AccountCreation.EXISTING); // no change: nothing more audited
    OidcAccounts configuredToMake = accounts(AccountCreation.CREATE, false);
    String third = "ent-" + UUID.randomUUID().toString().substring(0, 8);
    assertThatThrownBy(() -> configuredToMake.link(newcomer(third, group)))
        .as("the partnership's choice, not the configuration's")
        .isInstanceOf(OAuth2AuthenticationException.class);
    assertThat(users.findByUsername(third)).isEmpty();
    assertThat(refusal(third).basis()).isEqualTo("ACCOUNTS_ADDED_BEFOREHAND");
    assertThat(choiceAudited(q))
        .containsExactly(
            "accounts: added by an administrator beforehand (EXISTING)"
                + " → made at first sign-on by the mapping (CREATE)",
            "accounts: made at first sign-on by the mapping (CREATE)"
                + " → added by an administrator beforehand (EXISTING)");
    // the account already made signs on as before
    assertThat(user(configuredToMake.link(signedOnBefore(made, group))).id()).isEqualTo(made.id());
  }

  @Test
  void followingTheMappingsMovesSomeoneWhoseGroupChangedAtTheirNextSignOn() {
    OidcAccounts accounts =
        accounts(
            AccountCreation.CREATE,
            true,
            new RoleMapping("roles", "lantern-front-door", Role.FRONT_DOOR, councilName(), null),
            new RoleMapping(
                "roles", "lantern-practitioner", Role.PRACTITIONER, councilName(), null));
    String username = "ent-" + UUID.randomUUID().toString().substring(0, 8);
    String subject = UUID.randomUUID().toString();
    CurrentUser first = user(accounts.link(roles(subject, username, "lantern-practitioner")));
    assertThat(first.role()).isEqualTo(Role.PRACTITIONER);

    CurrentUser later = user(accounts.link(roles(subject, username, "lantern-front-door")));

    assertThat(later.id()).isEqualTo(first.id());
    assertThat(later.role()).isEqualTo(Role.FRONT_DOOR);
    assertThat(audited(first.id(), "ACCOUNT_CHANGED"))
        .contains("role: PRACTITIONER → FRONT_DOOR", "roles = lantern-front-door");
  }

  @Test
  void thePartnershipsOwnMappingsAreTriedBeforeTheConfiguredOnesWhichRemainTheDefault() {
    String group = "g-both-" + p.suffix();
    OidcAccounts accounts =
        accounts(
            AccountCreation.CREATE,
            false,
            new RoleMapping(null, group, Role.PRACTITIONER, schoolName(), null));
    CurrentUser admin = p.user(Role.PARTNERSHIP_ADMIN);
    UUID own =
        changes.add(
            admin,
            new Wanted("groups", group, Role.SOCIAL_WORKER, p.councilId(), p.teamId(), null));

    String username = "ent-" + UUID.randomUUID().toString().substring(0, 8);
    CurrentUser mapped =
        user(accounts.link(oidcUser(UUID.randomUUID().toString(), username, List.of(group))));

    assertThat(mapped.role()).isEqualTo(Role.SOCIAL_WORKER);
    assertThat(mapped.agencyId()).isEqualTo(p.councilId());
    assertThat(mapped.teamId()).isEqualTo(p.teamId());
    assertThat(audited(mapped.id(), "SINGLE_SIGN_ON_ACCOUNT_CREATED"))
        .containsPattern("the partnership's mapping \\d+: ")
        .contains(
            "groups = "
                + group
                + " → role SOCIAL_WORKER, agency "
                + councilName()
                + ", team "
                + teamName());

    changes.remove(admin, own);
    String later = "ent-" + UUID.randomUUID().toString().substring(0, 8);
    CurrentUser configured =
        user(accounts.link(oidcUser(UUID.randomUUID().toString(), later, List.of(group))));

    assertThat(configured.role()).isEqualTo(Role.PRACTITIONER);
    assertThat(configured.agencyId()).isEqualTo(p.schoolId());
    assertThat(audited(configured.id(), "SINGLE_SIGN_ON_ACCOUNT_CREATED"))
        .contains("mapping: groups = " + group + " → role PRACTITIONER, agency " + schoolName());
  }

  @Test
  void aStoredMappingWhoseTeamClosedLetsNobodyInAndThePageSaysWhy() {
    String group = "g-closing-" + p.suffix();
    UUID team = directory.createTeam(p.councilId(), "Closing team " + UUID.randomUUID());
    CurrentUser admin = p.user(Role.PARTNERSHIP_ADMIN);
    changes.add(admin, new Wanted("groups", group, Role.SOCIAL_WORKER, p.councilId(), team, null));
    transaction.executeWithoutResult(
        s -> teams.findById(team).orElseThrow().closeOn(LocalDate.now().minusDays(1)));
    OidcAccounts accounts = accounts(AccountCreation.CREATE, false);

    String username = "ent-" + UUID.randomUUID().toString().substring(0, 8);
    assertThatThrownBy(
            () -> accounts.link(oidcUser(UUID.randomUUID().toString(), username, List.of(group))))
        .isInstanceOf(OAuth2AuthenticationException.class);
    assertThat(users.findByUsername(username)).isEmpty();
    assertThat(ssoPage.read(admin).own())
        .filteredOn(m -> m.value().equals(group))
        .extracting(SingleSignOnMappings.Mapping::problem)
        .containsExactly(SingleSignOnProblem.NO_TEAM);
  }

  @Test
  void theAdministratorsCheckSaysWhichMappingsWorkNowAndWhyTheOthersDoNot() {
    OidcSettings settings =
        new OidcSettings(
            null,
            AccountCreation.CREATE,
            List.of(
                new RoleMapping(
                    null, "g-social-work", Role.SOCIAL_WORKER, councilName(), teamName()),
                new RoleMapping("roles", "g-nowhere", Role.POLICE, "No such agency", null),
                new RoleMapping(null, "g-doctors", Role.FRONT_DOOR, schoolName(), null),
                new RoleMapping(null, "g-team", Role.SOCIAL_WORKER, councilName(), "No such team")),
            false);
    OidcMappedAccounts mapped =
        new OidcMappedAccounts(
            settings,
            directory,
            users,
            new SingleSignOnMappingCheck(settings, stored, agencies, teams),
            currentUsers,
            audit,
            new SingleSignOnChoices(settings, chosen));

    List<SingleSignOnMappings.Mapping> checked = mapped.check();

    assertThat(checked)
        .extracting(SingleSignOnMappings.Mapping::position, SingleSignOnMappings.Mapping::problem)
        .containsExactly(
            tuple(1, null),
            tuple(2, SingleSignOnProblem.NO_AGENCY),
            tuple(3, SingleSignOnProblem.ROLE_NOT_FOR_AGENCY),
            tuple(4, SingleSignOnProblem.NO_TEAM));
    assertThat(checked.getFirst().claim()).isEqualTo("groups");
    assertThat(checked.get(1).claim()).isEqualTo("roles");
    assertThat(checked.getFirst().agencyFound()).isEqualTo(councilName());
    assertThat(checked.getFirst().partnershipFound()).isEqualTo(p.id());
    assertThat(checked.get(2).partnershipFound()).isEqualTo(p.id());
    assertThat(checked.get(1).agencyFound()).isNull();
  }

  private OidcAccounts accounts(AccountCreation creation, boolean follow, RoleMapping... mappings) {
    OidcSettings settings = new OidcSettings(null, creation, List.of(mappings), follow);
    OidcMappedAccounts mapped =
        new OidcMappedAccounts(
            settings,
            directory,
            users,
            new SingleSignOnMappingCheck(settings, stored, agencies, teams),
            currentUsers,
            audit,
            new SingleSignOnChoices(settings, chosen));
    return new OidcAccounts(users, currentUsers, audit, transaction, settings, mapped);
  }

  private String councilName() {
    return "Council " + p.suffix();
  }

  private String schoolName() {
    return "School " + p.suffix();
  }

  private String teamName() {
    return "Children's team " + p.suffix();
  }

  /** A refused sign-on of someone with no account, as the audit log holds it. */
  record Refusal(
      @Nullable UUID partnershipId,
      @Nullable UUID userId,
      String outcome,
      String basis,
      String purpose) {}

  private Refusal refusal(String username) {
    return jdbc.sql(
            "select partnership_id, user_id, outcome, basis, purpose from audit_event"
                + " where username = :u and action = 'SIGN_IN_FAILED'")
        .param("u", username)
        .query(
            (rs, n) ->
                new Refusal(
                    rs.getObject("partnership_id", UUID.class),
                    rs.getObject("user_id", UUID.class),
                    rs.getString("outcome"),
                    rs.getString("basis"),
                    rs.getString("purpose")))
        .single();
  }

  private List<String> choiceAudited(TestPartnership q) {
    return jdbc.sql(
            "select purpose from audit_event where partnership_id = :p"
                + " and action = 'SINGLE_SIGN_ON_ACCOUNTS_CHANGED' order by id")
        .param("p", q.id())
        .query(String.class)
        .list();
  }

  private String audited(UUID accountId, String action) {
    return jdbc.sql(
            "select purpose from audit_event where record_id = :id and action = :action"
                + " order by id desc limit 1")
        .param("id", accountId.toString())
        .param("action", action)
        .query(String.class)
        .single();
  }

  /** Someone new at the provider, in the group. */
  private static OidcUser newcomer(String username, String group) {
    return oidcUser(UUID.randomUUID().toString(), username, List.of(group));
  }

  /** The provider's person an account was made for, signing on again. */
  private OidcUser signedOnBefore(CurrentUser account, String group) {
    UserAccountEntity entity = users.findById(account.id()).orElseThrow();
    return oidcUser(
        Objects.requireNonNull(entity.oidcSubject()), account.username(), List.of(group));
  }

  private static OidcUser oidcUser(String subject, String username, List<String> groups) {
    return provided(subject, username, "groups", groups);
  }

  private static OidcUser roles(String subject, String username, String role) {
    return provided(subject, username, "roles", List.of(role));
  }

  /** The provider's user, with its name, e-mail and one claim of several values. */
  private static OidcUser provided(
      String subject, String username, String claim, List<String> values) {
    Instant now = Instant.now();
    OidcIdToken token =
        OidcIdToken.withTokenValue("id-token")
            .issuer(ISSUER)
            .subject(subject)
            .issuedAt(now)
            .expiresAt(now.plus(Duration.ofMinutes(5)))
            .claim("preferred_username", username)
            .claim("name", "Robin Example")
            .claim("email", username + "@example.test")
            .claim(claim, values)
            .build();
    return new DefaultOidcUser(List.of(), token);
  }

  private static CurrentUser user(OidcUser signedIn) {
    assertThat(signedIn).isInstanceOf(HoldsCurrentUser.class);
    return ((HoldsCurrentUser) signedIn).currentUser();
  }
}
