package org.lantern.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.Directory;
import org.lantern.access.NewUser;
import org.lantern.access.Role;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A partnership administrator's work on accounts through the real stack: invitation links (one use,
 * expiry), changes that end the person's real sessions in the database, closing, unlocking, the
 * rules on bad input (nothing saved, a message by the field), and the audit of each change.
 */
@IntegrationTest
class AccountAdministrationIntegrationTests {

  private static TestPartnership p;

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired UserDetailsService users;
  @Autowired SessionRepository<? extends Session> sessions;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void setUp() {
    clock.reset();
    if (p == null) {
      p = fixtures.partnership();
    }
  }

  @Test
  void anAdministratorInvitesAPersonWhoSetsTheirPasswordOnceAndSignsIn() throws Exception {
    String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
    MvcResult added =
        asAdmin(
            post("/admin/accounts/new")
                .param("displayName", "Robin Ashdown")
                .param("email", username + "@school.test.invalid")
                .param("username", username)
                .param("agencyId", p.schoolId().toString())
                .param("teamId", "")
                .param("role", "PRACTITIONER"));
    assertThat(added.getResponse().getRedirectedUrl()).startsWith("/admin/accounts/");
    String link = (String) added.getFlashMap().get("invitationLink");
    String path = link.substring(link.indexOf("/invitation/"));
    UUID accountId = UUID.fromString(added.getResponse().getRedirectedUrl().substring(16));
    assertThat(passwordHash(accountId)).as("no password until they choose one").isNull();
    assertThat(auditPurpose(accountId, "ACCOUNT_CREATED"))
        .contains("role: PRACTITIONER", "agency: School " + p.suffix());

    assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString())
        .contains("Robin Ashdown", username);
    MvcResult tooShort =
        mvc.perform(post(path).with(csrf()).param("password", "short").param("confirm", "short"))
            .andReturn();
    assertThat(Jsoup.parse(tooShort.getResponse().getContentAsString()).select("#password-error"))
        .isNotEmpty();
    assertThat(passwordHash(accountId)).isNull();

    String password = "Correct horse battery";
    MvcResult set =
        mvc.perform(post(path).with(csrf()).param("password", password).param("confirm", password))
            .andReturn();
    assertThat(set.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?passwordSet");
    assertThat(signIn(username, password)).isPresent();
    assertThat(auditCount(accountId, "INVITATION_ACCEPTED")).isEqualTo(1);

    MvcResult again =
        mvc.perform(
                post(path).with(csrf()).param("password", "Another good one").param("confirm", "x"))
            .andReturn();
    assertThat(again.getResponse().getStatus()).as("one use only").isEqualTo(404);
    assertThat(signIn(username, password)).as("the first password still stands").isPresent();
  }

  @Test
  void anInvitationLinkStopsWorkingWhenItExpires() throws Exception {
    String path = invite("expiring", p.schoolId(), null, Role.PRACTITIONER).path();

    clock.advance(Duration.ofDays(7).plusMinutes(1));

    assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(404);
    MvcResult late =
        mvc.perform(
                post(path)
                    .with(csrf())
                    .param("password", "Correct horse battery")
                    .param("confirm", "Correct horse battery"))
            .andReturn();
    assertThat(late.getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void aRoleChangeEndsThePersonsSessionAtOnceAndTheirNextSignInHasTheNewRole() throws Exception {
    String username = person(Role.PRACTITIONER, p.councilId());
    UUID id = accountId(username);
    Cookie session = signIn(username, TestPartnership.PASSWORD).orElseThrow();
    assertThat(sessions.findById(sessionId(session))).isNotNull();
    assertThat(
            mvc.perform(get("/front-door").cookie(session)).andReturn().getResponse().getStatus())
        .isEqualTo(403);

    MvcResult changed =
        asAdmin(
            post("/admin/accounts/{id}", id)
                .param("agencyId", p.councilId().toString())
                .param("teamId", "")
                .param("role", "FRONT_DOOR"));

    assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/admin/accounts/" + id);
    assertThat(sessions.findById(sessionId(session))).as("the session is gone").isNull();
    assertThat(
            mvc.perform(get("/front-door").cookie(session))
                .andReturn()
                .getResponse()
                .getRedirectedUrl())
        .contains("/sign-in");
    Cookie fresh = signIn(username, TestPartnership.PASSWORD).orElseThrow();
    assertThat(mvc.perform(get("/front-door").cookie(fresh)).andReturn().getResponse().getStatus())
        .isEqualTo(200);
    assertThat(auditPurpose(id, "ACCOUNT_CHANGED"))
        .contains("role: PRACTITIONER → FRONT_DOOR", "sessions ended: 1");
  }

  @Test
  void anAgencyChangeAloneEndsThePersonsSessionAtOnce() throws Exception {
    String username = person(Role.PRACTITIONER, p.schoolId());
    UUID id = accountId(username);
    Cookie session = signIn(username, TestPartnership.PASSWORD).orElseThrow();
    assertThat(sessions.findById(sessionId(session))).isNotNull();

    asAdmin(
        post("/admin/accounts/{id}", id)
            .param("agencyId", p.councilId().toString())
            .param("teamId", "")
            .param("role", "PRACTITIONER"));

    assertThat(sessions.findById(sessionId(session)))
        .as("the same role in another agency: the old session would still show the school's")
        .isNull();
    assertThat(mvc.perform(get("/").cookie(session)).andReturn().getResponse().getRedirectedUrl())
        .contains("/sign-in");
    assertThat(
            jdbc.sql("select agency_id from user_account where id = :id")
                .param("id", id)
                .query(UUID.class)
                .single())
        .isEqualTo(p.councilId());
    assertThat(auditPurpose(id, "ACCOUNT_CHANGED"))
        .contains("agency: School " + p.suffix() + " → Council " + p.suffix(), "sessions ended: 1")
        .doesNotContain("role:");
  }

  @Test
  void closingAnAccountEndsItsSessionStopsSignInAndKeepsIt() throws Exception {
    String username = person(Role.PRACTITIONER, p.schoolId());
    UUID id = accountId(username);
    Cookie session = signIn(username, TestPartnership.PASSWORD).orElseThrow();

    asAdmin(post("/admin/accounts/{id}/close", id));

    assertThat(sessions.findById(sessionId(session))).isNull();
    assertThat(signIn(username, TestPartnership.PASSWORD)).isEmpty();
    assertThat(
            jdbc.sql("select closed_at is not null from user_account where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single())
        .isTrue();
    assertThat(auditCount(id, "ACCOUNT_CLOSED")).isEqualTo(1);

    // the refused sign-ins (the right password, then a wrong one) are audited against the account,
    // though the person is answered as for a name that is not an account
    assertThat(signIn(username, "Wrong-password-9")).isEmpty();
    assertThat(
            jdbc.sql(
                    "select basis from audit_event where record_type = 'USER'"
                        + " and record_id = :id and action = 'SIGN_IN_FAILED'"
                        + " and outcome = 'REFUSED' order by id")
                .param("id", id.toString())
                .query(String.class)
                .list())
        .containsExactly("ACCOUNT_CLOSED", "ACCOUNT_CLOSED");
  }

  @Test
  void thePartnershipsLastAdministratorCannotBeClosedOrMovedToAnotherRole() throws Exception {
    TestPartnership alone = fixtures.partnership();
    UUID admin = alone.user(Role.PARTNERSHIP_ADMIN).id();
    String adminName = alone.username(Role.PARTNERSHIP_ADMIN);

    MvcResult close = as(adminName, post("/admin/accounts/{id}/close", admin));
    assertThat(close.getFlashMap().get("problem")).isEqualTo("admin.account.lastAdministrator");
    MvcResult demote =
        as(
            adminName,
            post("/admin/accounts/{id}", admin)
                .param("agencyId", alone.councilId().toString())
                .param("teamId", "")
                .param("role", "PRACTITIONER"));
    assertThat(Jsoup.parse(demote.getResponse().getContentAsString()).select("#role-error").text())
        .contains("last administrator");
    assertThat(
            jdbc.sql("select role || ':' || enabled from user_account where id = :id")
                .param("id", admin)
                .query(String.class)
                .single())
        .isEqualTo("PARTNERSHIP_ADMIN:true");
  }

  @Test
  void badInputIsToldByTheFieldAndNothingIsSaved() throws Exception {
    String taken = p.user(Role.PRACTITIONER).username() + "@test.invalid";
    assertRefused(
        "email",
        taken.toUpperCase(Locale.ROOT),
        p.schoolId(),
        null,
        "PRACTITIONER",
        "already has this e-mail");
    assertRefused(
        "role", null, p.schoolId(), null, "FRONT_DOOR", "not one their kind of agency may hold");
    assertRefused(
        "teamId", null, p.schoolId(), p.teamId(), "PRACTITIONER", "a team within their agency");
    assertRefused("role", null, p.schoolId(), null, "PARTNER_SYSTEM", "Choose their role");
  }

  @Test
  void aChangeToAnotherPartnershipsAgencyIsRefusedByTheFieldAndNothingChanges() throws Exception {
    TestPartnership other = fixtures.partnership();
    String username = person(Role.PRACTITIONER, p.schoolId());
    UUID id = accountId(username);

    MvcResult result =
        asAdmin(
            post("/admin/accounts/{id}", id)
                .param("agencyId", other.schoolId().toString())
                .param("teamId", "")
                .param("role", "PRACTITIONER"));

    assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("#agencyId-error"))
        .isNotEmpty();
    assertThat(auditCount(id, "ACCOUNT_CHANGED")).isZero();
  }

  @Test
  void anAdministratorUnlocksALockedAccount() throws Exception {
    String username = person(Role.PRACTITIONER, p.schoolId());
    UUID id = accountId(username);
    for (int i = 0; i < 5; i++) {
      attempt(username, "wrong password " + i);
    }
    assertThat(signIn(username, TestPartnership.PASSWORD)).as("locked").isEmpty();

    asAdmin(post("/admin/accounts/{id}/unlock", id));

    assertThat(signIn(username, TestPartnership.PASSWORD)).isPresent();
    assertThat(auditPurpose(id, "ACCOUNT_UNLOCKED")).contains("locked: true → false");
  }

  @Test
  void theListFindsAPersonByPartOfTheirNameOrEmail() throws Exception {
    String username = person(Role.PRACTITIONER, p.schoolId());

    Document byName =
        Pages.html(asAdmin(get("/admin/accounts").param("search", username.substring(0, 14))));
    Document byNothing =
        Pages.html(asAdmin(get("/admin/accounts").param("search", "no-such-person-anywhere")));

    assertThat(byName.select("table").text()).contains(username);
    assertThat(byNothing.select("table")).isEmpty();
  }

  @Test
  void someoneWhoIsNotAnAdministratorIsRefused() throws Exception {
    MvcResult result = as(p.username(Role.FRONT_DOOR), get("/admin/accounts"));
    assertThat(result.getResponse().getStatus()).isEqualTo(403);
  }

  // --- helpers

  record Invited(UUID accountId, String path) {}

  private Invited invite(String prefix, UUID agency, UUID team, Role role) throws Exception {
    String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    MvcResult added =
        asAdmin(
            post("/admin/accounts/new")
                .param("displayName", "Person " + username)
                .param("email", username + "@test.invalid")
                .param("username", username)
                .param("agencyId", agency.toString())
                .param("teamId", team == null ? "" : team.toString())
                .param("role", role.name()));
    String link = (String) added.getFlashMap().get("invitationLink");
    return new Invited(
        UUID.fromString(added.getResponse().getRedirectedUrl().substring(16)),
        link.substring(link.indexOf("/invitation/")));
  }

  private void assertRefused(
      String field, String email, UUID agency, UUID team, String role, String message)
      throws Exception {
    String username = "refused-" + UUID.randomUUID().toString().substring(0, 8);
    MvcResult result =
        asAdmin(
            post("/admin/accounts/new")
                .param("displayName", "Refused person")
                .param("email", email == null ? username + "@test.invalid" : email)
                .param("username", username)
                .param("agencyId", agency.toString())
                .param("teamId", team == null ? "" : team.toString())
                .param("role", role));
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    Document page = Jsoup.parse(result.getResponse().getContentAsString());
    assertThat(page.select("#" + field + "-error").text()).as(field).contains(message);
    assertThat(page.select(".govuk-error-summary").text()).contains(message);
    assertThat(
            jdbc.sql("select count(*) from user_account where username = :u")
                .param("u", username)
                .query(Long.class)
                .single())
        .as("nothing saved")
        .isZero();
  }

  private String person(Role role, UUID agency) {
    String username = "admin-test-" + UUID.randomUUID().toString().substring(0, 8);
    directory.createUser(
        new NewUser(
            username,
            "Person " + username,
            username + "@test.invalid",
            TestPartnership.PASSWORD,
            role,
            agency,
            null));
    return username;
  }

  private UUID accountId(String username) {
    return jdbc.sql("select id from user_account where username = :u")
        .param("u", username)
        .query(UUID.class)
        .single();
  }

  private String passwordHash(UUID id) {
    return jdbc.sql("select password_hash from user_account where id = :id")
        .param("id", id)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private String auditPurpose(UUID accountId, String action) {
    return jdbc.sql(
            "select purpose from audit_event where record_type = 'USER_ACCOUNT'"
                + " and record_id = :id and action = :action and outcome = 'ALLOWED'"
                + " order by id desc limit 1")
        .param("id", accountId.toString())
        .param("action", action)
        .query(String.class)
        .single();
  }

  private long auditCount(UUID accountId, String action) {
    return jdbc.sql(
            "select count(*) from audit_event where record_type = 'USER_ACCOUNT'"
                + " and record_id = :id and action = :action")
        .param("id", accountId.toString())
        .param("action", action)
        .query(Long.class)
        .single();
  }

  private MvcResult asAdmin(MockHttpServletRequestBuilder request) throws Exception {
    return as(p.username(Role.PARTNERSHIP_ADMIN), request);
  }

  private MvcResult as(String username, MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(Pages.signedInAs(users, username)).with(csrf())).andReturn();
  }

  private Optional<Cookie> signIn(String username, String password) throws Exception {
    MvcResult result = attempt(username, password);
    if (!"/".equals(result.getResponse().getRedirectedUrl())) {
      return Optional.empty();
    }
    return sessionCookie(result);
  }

  private MvcResult attempt(String username, String password) throws Exception {
    MvcResult page = mvc.perform(get("/sign-in")).andReturn();
    Element token =
        Jsoup.parse(page.getResponse().getContentAsString())
            .selectFirst("form[action='/sign-in'] input[name=_csrf]");
    Cookie session = sessionCookie(page).orElseThrow();
    return mvc.perform(
            post("/sign-in")
                .cookie(session)
                .header(HttpHeaders.ORIGIN, "http://localhost")
                .param("username", username)
                .param("password", password)
                .param("_csrf", token.val()))
        .andReturn();
  }

  private static Optional<Cookie> sessionCookie(MvcResult result) {
    return Stream.of(result.getResponse().getCookies())
        .filter(c -> c.getName().equals("SESSION") || c.getName().equals("LANTERN_SESSION"))
        .filter(c -> c.getMaxAge() != 0)
        .findFirst();
  }

  private static String sessionId(Cookie cookie) {
    return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
  }
}
