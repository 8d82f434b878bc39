package org.lantern.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lantern.access.AuditEntry.Outcome;
import org.lantern.access.data.FailedSignIns;
import org.lantern.access.data.UnknownNameRows;
import org.lantern.people.ChildSummary;
import org.lantern.platform.Fingerprint;
import org.lantern.referral.ConcernReading;
import org.lantern.referral.ConcernStatus;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signing in through the real security chain: the sign-in form with its CSRF token, lockout after
 * repeated wrong passwords, headers on every page, sessions that end.
 *
 * <p>The cases share one partnership (made once); each lockout case signs in as a person made for
 * it, so that locking one account never locks another case out.
 */
@IntegrationTest
class SignInIntegrationTests {

  private static TestPartnership p;

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired ConcernReading concerns;
  @Autowired SessionRepository<? extends Session> sessions;
  @Autowired MutableClock clock;
  @Autowired AuditLog audit;
  @Autowired UnknownNameRows unknownNames;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcClient jdbc;

  @Value("${lantern.security.session-timeout}")
  Duration sessionTimeout;

  @BeforeEach
  void setUp() {
    clock.reset();
    clock.set(clock.instant().truncatedTo(ChronoUnit.SECONDS));
    if (p == null) {
      p = fixtures.partnership();
    }
  }

  @Test
  void theRightPasswordSignsInAndTheHeaderNamesThePerson() throws Exception {
    Cookie session = signIn(p.username(Role.PRACTITIONER), TestPartnership.PASSWORD).orElseThrow();

    MvcResult home = mvc.perform(get("/").cookie(session)).andExpect(status().isOk()).andReturn();

    assertThat(home.getResponse().getContentAsString())
        .contains(p.user(Role.PRACTITIONER).displayName());
  }

  @Test
  void aUsernameTypedWithCapitalsAndSpacesSignsIn() throws Exception {
    String username = newUser();

    MvcResult result = attempt("  " + username.toUpperCase() + " ", TestPartnership.PASSWORD);

    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
  }

  @Test
  void aWrongPasswordIsSentBackToTheSignInPage() throws Exception {
    String username = newUser();

    MvcResult result = attempt(username, "not-the-password");

    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
    assertThat(mvc.perform(get("/")).andReturn().getResponse().getRedirectedUrl())
        .endsWith("/sign-in");
  }

  static Stream<Arguments> wrongPasswords() {
    return Stream.of(Arguments.of(0, true), Arguments.of(4, true), Arguments.of(5, false));
  }

  @ParameterizedTest(name = "{0} wrong passwords in a row, then the right one: signs in {1}")
  @MethodSource("wrongPasswords")
  void fiveWrongPasswordsInARowLockTheAccountEvenForTheRightPassword(int wrong, boolean signsIn)
      throws Exception {
    String username = newUser();
    for (int i = 0; i < wrong; i++) {
      assertThat(attempt(username, "wrong-" + i).getResponse().getRedirectedUrl())
          .isEqualTo("/sign-in?error");
    }

    MvcResult result = attempt(username, TestPartnership.PASSWORD);

    assertThat(result.getResponse().getRedirectedUrl())
        .isEqualTo(signsIn ? "/" : "/sign-in?locked");
  }

  @Test
  void aRightPasswordStartsTheCountAgain() throws Exception {
    String username = newUser();
    for (int i = 0; i < 4; i++) {
      attempt(username, "wrong-" + i);
    }
    assertThat(attempt(username, TestPartnership.PASSWORD).getResponse().getRedirectedUrl())
        .isEqualTo("/");

    for (int i = 0; i < 4; i++) {
      attempt(username, "wrong-again-" + i);
    }

    assertThat(attempt(username, TestPartnership.PASSWORD).getResponse().getRedirectedUrl())
        .isEqualTo("/");
  }

  static Stream<Arguments> lockout() {
    return Stream.of(
        Arguments.of(Duration.ofMinutes(1), false),
        Arguments.of(Duration.ofMinutes(15).minusSeconds(1), false),
        Arguments.of(Duration.ofMinutes(15), true),
        Arguments.of(Duration.ofMinutes(15).plusSeconds(1), true),
        Arguments.of(Duration.ofHours(3), true));
  }

  @ParameterizedTest(name = "{0} after locking: signs in {1}")
  @MethodSource("lockout")
  void aLockedAccountOpensAgainAfter15Minutes(Duration after, boolean signsIn) throws Exception {
    String username = newUser();
    for (int i = 0; i < 5; i++) {
      attempt(username, "wrong-" + i);
    }

    clock.advance(after);

    assertThat(attempt(username, TestPartnership.PASSWORD).getResponse().getRedirectedUrl())
        .isEqualTo(signsIn ? "/" : "/sign-in?locked");
  }

  @Test
  void wrongPasswordsDuringTheLockoutDoNotMakeItLonger() throws Exception {
    String username = newUser();
    for (int i = 0; i < 5; i++) {
      attempt(username, "wrong-" + i);
    }
    clock.advance(Duration.ofMinutes(10));
    for (int i = 0; i < 5; i++) {
      attempt(username, "still-wrong-" + i);
    }

    clock.advance(Duration.ofMinutes(5));

    assertThat(attempt(username, TestPartnership.PASSWORD).getResponse().getRedirectedUrl())
        .isEqualTo("/");
  }

  enum NotAnAccount {
    NO_SUCH_NAME,
    SINGLE_SIGN_ON_ONLY
  }

  @ParameterizedTest
  @EnumSource(NotAnAccount.class)
  void aNameThatIsNotAPasswordAccountAnswersExactlyAsAnAccountDoes(NotAnAccount kind)
      throws Exception {
    String account = newUser();
    String other = notAnAccount(kind);

    List<String> forAccount = lockAndWait(account);
    List<String> forOther = lockAndWait(other);

    assertThat(forAccount)
        .containsExactly(
            "/sign-in?error",
            "/sign-in?error",
            "/sign-in?error",
            "/sign-in?error",
            "/sign-in?error",
            "/sign-in?locked",
            "/sign-in?locked",
            "/sign-in?locked",
            "/sign-in?error",
            "/sign-in?error");
    assertThat(forOther).isEqualTo(forAccount);
  }

  /** Seven wrong passwords, then one a second before the lockout ends, then two after. */
  private List<String> lockAndWait(String username) throws Exception {
    clock.reset();
    clock.set(clock.instant().truncatedTo(ChronoUnit.SECONDS));
    List<String> outcomes = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      outcomes.add(attempt(username, "wrong-" + i).getResponse().getRedirectedUrl());
    }
    clock.advance(Duration.ofMinutes(15).minusSeconds(1));
    outcomes.add(attempt(username, "wrong-later").getResponse().getRedirectedUrl());
    clock.advance(Duration.ofSeconds(1));
    for (int i = 0; i < 2; i++) {
      outcomes.add(attempt(username, "wrong-after-" + i).getResponse().getRedirectedUrl());
    }
    return outcomes;
  }

  @Test
  void aNameThatIsNotAnAccountCountsWhateverItsCaseAndIsKeptOnlyAsAHash() throws Exception {
    String name = "no-one-" + UUID.randomUUID().toString().substring(0, 12);
    for (String spelling :
        List.of(name, name.toUpperCase(), " " + name, name + " ", "N" + name.substring(1))) {
      attempt(spelling, "wrong");
    }

    assertThat(attempt(name, "wrong").getResponse().getRedirectedUrl())
        .isEqualTo("/sign-in?locked");
    assertThat(
            jdbc.sql("select count(*) from unknown_name_sign_in where name_hash = :hash")
                .param("hash", Fingerprint.of(name))
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from audit_event where lower(username) = :name")
                .param("name", name)
                .query(Long.class)
                .single())
        .as("a name that is not an account is not written to the audit log")
        .isZero();
  }

  @Test
  void aNameThatIsNotAnAccountIsForgottenADayAfterItsLastWrongPassword() throws Exception {
    String name = "no-one-" + UUID.randomUUID().toString().substring(0, 12);
    for (int i = 0; i < 4; i++) {
      attempt(name, "wrong-" + i);
    }
    clock.advance(Duration.ofHours(24).minusSeconds(1));
    unknownNames.forget(clock.instant().minus(Duration.ofHours(24)), clock.instant());
    assertThat(unknownNames.failures(name).count()).isEqualTo(4);

    clock.advance(Duration.ofSeconds(1));
    unknownNames.forget(clock.instant().minus(Duration.ofHours(24)), clock.instant());

    assertThat(unknownNames.failures(name)).isEqualTo(FailedSignIns.NONE);
    assertThat(attempt(name, "wrong").getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
  }

  @Test
  void aNameThatIsNotAnAccountIsCheckedAgainstAHashAsSlowAsAnAccountsAndNeverSignsIn() {
    UserDetails account = userDetails.loadUserByUsername(newUser());
    UserDetails other = userDetails.loadUserByUsername(notAnAccount(NotAnAccount.NO_SUCH_NAME));

    String cost = account.getPassword().substring(0, "{bcrypt}$2a$10$".length());
    assertThat(cost).matches("\\{bcrypt}\\$2.\\$\\d\\d\\$");
    assertThat(other.getPassword()).startsWith(cost);
    assertThat(other.isCredentialsNonExpired()).isFalse();
  }

  @Test
  void wrongPasswordsForAnAccountAndItsLockingAreAudited() throws Exception {
    String username = newUser();
    for (int i = 0; i < 5; i++) {
      attempt(username, "wrong-" + i);
    }
    attempt(username, TestPartnership.PASSWORD);

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
    assertThat(entries)
        .extracting(AuditEntry::action, AuditEntry::outcome, AuditEntry::basis)
        .containsExactly(
            tuple(AuditAction.SIGN_IN_FAILED, Outcome.REFUSED, "WRONG_PASSWORD"),
            tuple(AuditAction.SIGN_IN_FAILED, Outcome.REFUSED, "WRONG_PASSWORD"),
            tuple(AuditAction.SIGN_IN_FAILED, Outcome.REFUSED, "WRONG_PASSWORD"),
            tuple(AuditAction.SIGN_IN_FAILED, Outcome.REFUSED, "WRONG_PASSWORD"),
            tuple(AuditAction.SIGN_IN_FAILED, Outcome.REFUSED, "WRONG_PASSWORD"),
            tuple(AuditAction.ACCOUNT_LOCKED, Outcome.REFUSED, "TOO_MANY_WRONG_PASSWORDS"),
            tuple(AuditAction.SIGN_IN_FAILED, Outcome.REFUSED, "ACCOUNT_LOCKED"));
    assertThat(entries)
        .allSatisfy(
            e -> {
              assertThat(e.recordType()).isEqualTo("USER");
              assertThat(e.childId()).isNull();
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/sign-in",
        "/",
        "/front-door",
        "/children/find",
        "/concerns/new",
        "/referrals",
        "/inbox",
        "/audit",
        "/no-such-page"
      })
  void everyPageCarriesAStrictContentSecurityPolicyAndNoFraming(String path) throws Exception {
    Cookie session = signIn(p.username(Role.FRONT_DOOR), TestPartnership.PASSWORD).orElseThrow();

    var request = get(path);
    if (!path.equals("/sign-in")) {
      request.cookie(session);
    }
    MvcResult result = mvc.perform(request).andReturn();

    assertStrictHeaders(result);
  }

  @Test
  void aSignInFailureAndARefusalCarryTheHeadersToo() throws Exception {
    assertStrictHeaders(attempt(newUser(), "wrong"));
    Cookie session = signIn(p.username(Role.COUNCILLOR), TestPartnership.PASSWORD).orElseThrow();
    MvcResult refused =
        mvc.perform(get("/front-door").cookie(session))
            .andExpect(status().isForbidden())
            .andReturn();
    assertStrictHeaders(refused);
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
    ChildSummary child = fixtures.child(p);
    UUID concern = fixtures.concern(p.user(Role.PRACTITIONER), child);
    Cookie session = signIn(p.username(Role.FRONT_DOOR), TestPartnership.PASSWORD).orElseThrow();
    // The worker has a page open (every page holds a form, so the session holds a token) when
    // another site makes the browser post.
    mvc.perform(get("/front-door/concerns/{id}", concern).cookie(session))
        .andExpect(status().isOk());

    mvc.perform(
            post("/front-door/concerns/{id}/decision", concern)
                .cookie(session)
                .param("version", "0")
                .param("decision", "NO_FURTHER_ACTION")
                .param("reasons", "Forged from another site"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/sign-out").cookie(session)).andExpect(status().isForbidden());

    assertThat(concerns.views(List.of(concern)).getFirst().status()).isEqualTo(ConcernStatus.NEW);
    mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
  }

  @Test
  void aSignInFormPostedWithoutItsTokenDoesNotSignIn() throws Exception {
    MvcResult result =
        mvc.perform(
                post("/sign-in")
                    .param("username", p.username(Role.PRACTITIONER))
                    .param("password", TestPartnership.PASSWORD))
            .andReturn();

    assertThat(result.getResponse().getStatus()).isIn(302, 403);
    assertThat(result.getResponse().getRedirectedUrl()).isNotEqualTo("/");
    var home = get("/");
    sessionCookie(result).ifPresent(home::cookie);
    assertThat(mvc.perform(home).andReturn().getResponse().getRedirectedUrl()).endsWith("/sign-in");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PRACTITIONER", "POLICE", "EXPLOITATION_COORDINATOR", "COUNCILLOR"})
  void theFrontDoorIsOnlyForTheFrontDoor(Role role) throws Exception {
    Cookie session = signIn(p.username(role), TestPartnership.PASSWORD).orElseThrow();

    mvc.perform(get("/front-door").cookie(session)).andExpect(status().isForbidden());
  }

  @Test
  void theFrontDoorOpensForTheFrontDoor() throws Exception {
    Cookie session = signIn(p.username(Role.FRONT_DOOR), TestPartnership.PASSWORD).orElseThrow();

    mvc.perform(get("/front-door").cookie(session)).andExpect(status().isOk());
  }

  @Test
  void aSessionEndsAfter30MinutesWithoutActivity() throws Exception {
    Cookie cookie = signIn(p.username(Role.PRACTITIONER), TestPartnership.PASSWORD).orElseThrow();

    Session session = sessions.findById(sessionId(cookie));

    assertThat(sessionTimeout).isEqualTo(Duration.ofMinutes(30));
    assertThat(session).isNotNull();
    assertThat(session.getMaxInactiveInterval()).isEqualTo(sessionTimeout);
  }

  @Test
  void signingOutEndsTheSession() throws Exception {
    Cookie cookie = signIn(p.username(Role.PRACTITIONER), TestPartnership.PASSWORD).orElseThrow();

    mvc.perform(post("/sign-out").cookie(cookie).with(csrf()))
        .andExpect(redirectedUrl("/sign-in?signedOut"));

    assertThat(sessions.findById(sessionId(cookie))).isNull();
    assertThat(mvc.perform(get("/").cookie(cookie)).andReturn().getResponse().getRedirectedUrl())
        .contains("/sign-in");
  }

  // --- helpers

  private static void assertStrictHeaders(MvcResult result) {
    var response = result.getResponse();
    String csp = response.getHeader("Content-Security-Policy");
    assertThat(csp).as("Content-Security-Policy").isNotNull();
    String scriptSrc =
        Stream.of(csp.split(";"))
            .map(String::strip)
            .filter(d -> d.startsWith("script-src"))
            .findFirst()
            .orElseGet(
                () ->
                    Stream.of(csp.split(";"))
                        .map(String::strip)
                        .filter(d -> d.startsWith("default-src"))
                        .findFirst()
                        .orElseThrow());
    assertThat(scriptSrc).doesNotContain("'unsafe-inline'").doesNotContain("'unsafe-eval'");
    assertThat(csp).contains("frame-ancestors 'none'");
    assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  /** Signs in through the form as a browser does; the session cookie if it worked. */
  private Optional<Cookie> signIn(String username, String password) throws Exception {
    MvcResult result = attempt(username, password);
    if (!"/".equals(result.getResponse().getRedirectedUrl())) {
      return Optional.empty();
    }
    return sessionCookie(result);
  }

  /** Opens the sign-in page, then posts its form with the token it holds. */
  private MvcResult attempt(String username, String password) throws Exception {
    MvcResult page = mvc.perform(get("/sign-in")).andExpect(status().isOk()).andReturn();
    Element token =
        Jsoup.parse(page.getResponse().getContentAsString())
            .selectFirst("form[action='/sign-in'] input[name=_csrf]");
    assertThat(token).as("the sign-in form carries a CSRF token").isNotNull();
    Cookie session =
        sessionCookie(page)
            .orElseThrow(
                () -> new AssertionError("the sign-in page starts a session for its token"));
    return mvc.perform(
            post("/sign-in")
                .cookie(session)
                .header(HttpHeaders.ORIGIN, "http://localhost")
                .param("username", username)
                .param("password", password)
                .param("_csrf", token.val()))
        .andReturn();
  }

  private String notAnAccount(NotAnAccount kind) {
    String username = "sign-in-" + UUID.randomUUID().toString().substring(0, 12);
    if (kind == NotAnAccount.SINGLE_SIGN_ON_ONLY) {
      directory.createUser(
          new NewUser(
              username,
              "Single sign-on " + username,
              null,
              null,
              Role.PRACTITIONER,
              p.schoolId(),
              null));
    }
    return username;
  }

  private String newUser() {
    String username = "sign-in-" + UUID.randomUUID().toString().substring(0, 12);
    directory.createUser(
        new NewUser(
            username,
            "Sign-in test " + username,
            username + "@test.invalid",
            TestPartnership.PASSWORD,
            Role.PRACTITIONER,
            p.schoolId(),
            null));
    return username;
  }

  /**
   * The session cookie a response sets. Under MockMvc it has Spring Session's default name: Spring
   * Boot takes a mock servlet context for a WAR deployment and so does not apply {@code
   * server.servlet.session.cookie.*}; the smoke test checks the real cookie on a real server.
   */
  private static Optional<Cookie> sessionCookie(MvcResult result) {
    return Stream.of(result.getResponse().getCookies())
        .filter(c -> c.getName().equals("SESSION") || c.getName().equals("LANTERN_SESSION"))
        .filter(c -> c.getMaxAge() != 0)
        .findFirst();
  }

  /** Spring Session's cookie holds the session id in Base64. */
  private static String sessionId(Cookie cookie) {
    return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
  }
}
