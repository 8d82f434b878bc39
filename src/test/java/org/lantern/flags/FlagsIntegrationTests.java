package org.lantern.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.access.Role;
import org.lantern.intelligence.AbductionNotices;
import org.lantern.intelligence.AdultDetails;
import org.lantern.intelligence.NoticeDetails;
import org.lantern.missing.EpisodeDetails;
import org.lantern.missing.Episodes;
import org.lantern.missing.MissingFrom;
import org.lantern.missing.RiskGrading;
import org.lantern.notify.AlertRule;
import org.lantern.notify.Alerts;
import org.lantern.people.ChildSummary;
import org.lantern.people.Children;
import org.lantern.people.NewPlacement;
import org.lantern.people.NhsNumber;
import org.lantern.people.OtherAuthority;
import org.lantern.people.PlacementType;
import org.lantern.people.Placements;
import org.lantern.people.Responsibility;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.ThresholdDecision;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.lantern.testing.TestScreeningTools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Flags from what Lantern knows (each source through its module), the check from unscheduled care
 * on the web (minimal disclosure asserted on the page itself; an unknown child answers as a known
 * child with no flags), its audit, and the notice to whoever holds the child, grouped per setting
 * within the hour.
 */
@IntegrationTest
class FlagsIntegrationTests {

  static final String TOOL = TestScreeningTools.simple("flag-screening", "Flag screening");
  static final String NARRATIVE = "Seen with older youths at the bus station late at night.";

  private static TestPartnership p;

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired ChildFlags flags;
  @Autowired FrontDoor frontDoor;
  @Autowired Screenings screenings;
  @Autowired ScreeningTools tools;
  @Autowired Episodes episodes;
  @Autowired AbductionNotices notices;
  @Autowired Children children;
  @Autowired Placements placements;
  @Autowired Relationships relationships;
  @Autowired Alerts alerts;
  @Autowired AuditLog audit;
  @Autowired MutableClock clock;
  @Autowired TransactionTemplate transaction;

  CurrentUser worker;

  @BeforeEach
  void setUp() {
    clock.reset();
    if (p == null) {
      p = fixtures.partnership();
      tools.publish(p.user(Role.PARTNERSHIP_ADMIN), TOOL, null);
    }
    worker = p.user(Role.SOCIAL_WORKER);
  }

  private List<String> current(ChildSummary child) {
    return flags.of(child.id()).stream().filter(Flag::current).map(Flag::code).toList();
  }

  @Test
  void anExploitationPathwayDecisionRaisesItsFlagFromTheDecision() {
    ChildSummary child = fixtures.child(p);
    decide(child, ThresholdDecision.EXPLOITATION_PATHWAY);

    assertThat(flags.of(child.id()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("EXPLOITATION_PATHWAY");
              assertThat(f.current()).isTrue();
              assertThat(f.since()).isEqualTo(LocalDate.now(clock));
            });
  }

  @Test
  void aHighScreeningRaisesTheRiskFlagAndALowOneNone() {
    ChildSummary high = fixtures.child(p);
    ChildSummary low = fixtures.child(p);
    screen(high, "NO", "NO", "YES");
    screen(low, "YES", "NO", "NO");

    assertThat(current(high)).containsExactly("MEDIUM_OR_HIGH_RISK");
    assertThat(current(low)).isEmpty();
  }

  @Test
  void aChildNamedOnANoticeIsFlaggedUntilItExpires() {
    ChildSummary child = fixtures.child(p);
    LocalDate today = LocalDate.now(clock);
    serveNotice(child, today, today.plusMonths(6));

    assertThat(flags.of(child.id()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("ABDUCTION_NOTICE_NAMED");
              assertThat(f.until()).isEqualTo(today.plusMonths(6));
            });
  }

  @Test
  void repeatMissingFollowsTheMissingModulesRule() {
    ChildSummary child = fixtures.child(p);
    missing(child, 30);
    missing(child, 20);
    assertThat(current(child)).isEmpty();

    missing(child, 10);

    assertThat(current(child)).containsExactly("REPEAT_MISSING");
  }

  @Test
  void aChildInResidentialCareIsLookedAfterAndOnePlacedHereIsFlaggedSo() {
    ChildSummary residential = fixtures.child(p);
    ChildSummary placedHere = fixtures.child(p);
    LocalDate started = LocalDate.now(clock).minusDays(30);
    transaction.executeWithoutResult(
        tx -> {
          placements.start(
              p.user(Role.FRONT_DOOR),
              residential.id(),
              NewPlacement.ours(PlacementType.RESIDENTIAL, started));
          placements.start(
              p.user(Role.FRONT_DOOR),
              placedHere.id(),
              new NewPlacement(
                  PlacementType.FOSTER_CARE,
                  Responsibility.PLACED_HERE_BY_ANOTHER_AUTHORITY,
                  new OtherAuthority(
                      "Westmoor Council",
                      "Children in care",
                      null,
                      null,
                      "01632 960111",
                      null,
                      null),
                  started));
        });

    assertThat(current(residential)).containsExactly("LOOKED_AFTER");
    assertThat(current(placedHere))
        .as("placed here in foster care: looked after, by another authority")
        .containsExactlyInAnyOrder("LOOKED_AFTER", "PLACED_BY_ANOTHER_AUTHORITY");
  }

  @Test
  void theCheckShowsFlagsTeamAndNumbersAndNothingElse() throws Exception {
    ChildSummary child = fixtures.child(p);
    fixtures.concern(p.user(Role.PRACTITIONER), child);
    screen(child, "NO", "NO", "YES");
    serveNotice(child, LocalDate.now(clock), LocalDate.now(clock).plusMonths(6));
    relationships.linkTeam(child.id(), p.teamId(), RelationshipKind.ALLOCATED_TEAM);

    Document page = check(session("Tamsford General ED"), child.nhsNumber());

    String body = page.select("#main-content").text();
    assertThat(body)
        .contains("Assessed at medium or high risk of exploitation")
        .contains("Named on a child abduction warning notice")
        .contains("Children's team " + p.suffix())
        .contains("Council " + p.suffix())
        .doesNotContain(child.givenName())
        .doesNotContain(child.familyName())
        .doesNotContain("bus station")
        .doesNotContain("Flagson")
        .doesNotContain("harbouring")
        .doesNotContain("Voice");
    assertThat(page.select(".lantern-last-checks")).isEmpty();
  }

  @Test
  void anUnknownChildAnswersExactlyAsAKnownChildWithNoFlags() throws Exception {
    ChildSummary known = fixtures.child(p);

    Cookie session = session("Hollin Moor urgent care");
    String forKnown = check(session, known.nhsNumber()).select("#main-content").html();
    String forUnknown = check(session, "9434765919").select("#main-content").html();

    assertThat(forUnknown).isEqualTo(forKnown).contains("Nothing recorded here.");
  }

  @Test
  void aNameAndBirthSeveralChildrenShareNeverAnswersWithOneChildsFlags() throws Exception {
    LocalDate born = LocalDate.of(2012, 5, 17);
    String family = "Samename" + p.suffix();
    ChildSummary flagged = fixtures.aChild(p).named("Rowan", family).born(born).persisted();
    ChildSummary other = fixtures.aChild(p).named("Rowan", family).born(born).persisted();
    screen(flagged, "NO", "NO", "YES");
    Cookie session = session("Tamsford General ED");

    Document page = checkByName(session, "Rowan", family, born);

    String body = page.select("#main-content").text();
    assertThat(body)
        .contains("More than one child has this name and date of birth")
        .contains("Check again with the NHS number")
        .contains("Council " + p.suffix())
        .doesNotContain("Assessed at medium or high risk")
        .doesNotContain("Nothing recorded here.");
    assertThat(page.select(".lantern-flags")).isEmpty();
    for (ChildSummary matched : List.of(flagged, other)) {
      assertThat(audit.forChild(matched.id()))
          .as("each child the details matched is audited")
          .anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.CHECK_FLAGS));
    }
  }

  @Test
  void anNhsNumberTwoUnjoinedRecordsShareNeverAnswersNothingRecordedWhenOneHasFlags()
      throws Exception {
    ChildSummary flagged = fixtures.child(p);
    ChildSummary twin =
        fixtures.aChild(p).nhs(NhsNumber.parse(flagged.nhsNumber())).born(2013, 2, 3).persisted();
    screen(flagged, "NO", "NO", "YES");

    Document page = check(session("Tamsford General ED"), flagged.nhsNumber());

    String body = page.select("#main-content").text();
    assertThat(body)
        .contains("More than one child's record has this NHS number")
        .contains("Call the front door now")
        .contains("Council " + p.suffix())
        .doesNotContain("Assessed at medium or high risk")
        .doesNotContain("Nothing recorded here.")
        .doesNotContain(flagged.givenName())
        .doesNotContain(twin.givenName());
    assertThat(page.select(".lantern-flags")).isEmpty();
    for (ChildSummary matched : List.of(flagged, twin)) {
      assertThat(audit.forChild(matched.id()))
          .as("each child the number matched is audited")
          .anySatisfy(
              e -> {
                assertThat(e.action()).isEqualTo(AuditAction.CHECK_FLAGS);
                assertThat(e.purpose()).isEqualTo(FlagChecks.PURPOSE);
              });
    }
  }

  @Test
  void aNameAndBirthSeveralChildrenWithNoFlagsShareAnswersAsNobody() throws Exception {
    LocalDate born = LocalDate.of(2012, 6, 18);
    String family = "Noflags" + p.suffix();
    fixtures.aChild(p).named("Robin", family).born(born).persisted();
    fixtures.aChild(p).named("Robin", family).born(born).persisted();
    Cookie session = session("Tamsford General ED");

    String forSeveral = checkByName(session, "Robin", family, born).select("#main-content").html();
    String forNobody =
        checkByName(session, "Robin", "Nobody" + p.suffix(), born).select("#main-content").html();

    assertThat(forSeveral).isEqualTo(forNobody).contains("Nothing recorded here.");
  }

  @Test
  void eachCheckIsAuditedWithItsPurposeAndListedOnTheFile() throws Exception {
    ChildSummary child = fixtures.child(p);
    screen(child, "NO", "NO", "YES");

    check(session("Wrenbridge minor injuries"), child.nhsNumber());

    assertThat(audit.forChild(child.id()))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.CHECK_FLAGS);
              assertThat(e.purpose()).isEqualTo(FlagChecks.PURPOSE);
              assertThat(e.recordId()).isEqualTo("Wrenbridge minor injuries");
            });
    MvcResult file =
        mvc.perform(get("/children/" + child.id()).with(as(Role.FRONT_DOOR))).andReturn();
    Document filePage = Jsoup.parse(file.getResponse().getContentAsString(StandardCharsets.UTF_8));
    assertThat(filePage.select(".lantern-flag-checks").text())
        .contains("Wrenbridge minor injuries")
        .contains("Test unscheduled_care_clinician");
    assertThat(filePage.select(".lantern-flags").text())
        .contains("Assessed at medium or high risk of exploitation");
  }

  @Test
  void repeatedChecksFromOneSettingWithinAnHourAreOneNoticeToTheAllocatedWorker() throws Exception {
    ChildSummary child = fixtures.child(p);
    relationships.link(child.id(), worker.id(), RelationshipKind.ALLOCATED_WORKER);
    Cookie ed = session("Tamsford General ED");
    Cookie gp = session("Wrenbridge GP out of hours");

    check(ed, child.nhsNumber());
    clock.advance(Duration.ofMinutes(20));
    check(ed, child.nhsNumber());
    check(gp, child.nhsNumber());

    List<Alerts.Shown> mine =
        alerts.mine(worker).stream().filter(a -> a.childId().equals(child.id())).toList();
    assertThat(mine)
        .extracting(Alerts.Shown::detail, Alerts.Shown::count)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Tamsford General ED", 2),
            org.assertj.core.groups.Tuple.tuple("Wrenbridge GP out of hours", 1));
    assertThat(mine)
        .allSatisfy(a -> assertThat(a.rules()).containsExactly(AlertRule.UNSCHEDULED_CARE_CHECK));

    clock.advance(Duration.ofMinutes(61));
    check(ed, child.nhsNumber());
    assertThat(alerts.mine(worker).stream().filter(a -> a.childId().equals(child.id()))).hasSize(3);
  }

  @Test
  void withNoAllocatedWorkerTheFrontDoorIsTold() throws Exception {
    ChildSummary child = fixtures.child(p);

    check(session("Tamsford General ED"), child.nhsNumber());

    assertThat(alerts.mine(p.user(Role.FRONT_DOOR)))
        .anySatisfy(a -> assertThat(a.childId()).isEqualTo(child.id()));
  }

  @Test
  void aBadNhsNumberIsAFormErrorAndNoCheck() throws Exception {
    MvcResult result =
        mvc.perform(
                post("/flags/check")
                    .cookie(session("Tamsford General ED"))
                    .param("nhsNumber", "1234567890")
                    .with(csrf()))
            .andReturn();
    Document page = Pages.html(result);
    assertThat(page.select(".govuk-error-summary").text()).contains("Enter a real NHS number");
  }

  @Test
  void theCheckAsksForTheSettingFirst() throws Exception {
    MvcResult result =
        mvc.perform(get("/flags/check").with(as(Role.UNSCHEDULED_CARE_CLINICIAN))).andReturn();
    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/flags/setting");
  }

  // --- helpers ---

  /**
   * Where the clinician checks from, set on the setting page: the session it is kept in, as the
   * browser's session cookie.
   */
  private Cookie session(String setting) throws Exception {
    Cookie session = signedIn(p.username(Role.UNSCHEDULED_CARE_CLINICIAN));
    MvcResult result =
        mvc.perform(post("/flags/setting").cookie(session).param("setting", setting).with(csrf()))
            .andReturn();
    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/flags/check");
    return session;
  }

  /** Signs in through the sign-in form, as a clinician's browser does: its session cookie. */
  private Cookie signedIn(String username) throws Exception {
    MvcResult page = mvc.perform(get("/sign-in")).andReturn();
    String token =
        Jsoup.parse(page.getResponse().getContentAsString())
            .selectFirst("form[action='/sign-in'] input[name=_csrf]")
            .val();
    Cookie anonymous = sessionCookie(page);
    MvcResult signedIn =
        mvc.perform(
                post("/sign-in")
                    .cookie(anonymous)
                    .header(HttpHeaders.ORIGIN, "http://localhost")
                    .param("username", username)
                    .param("password", TestPartnership.PASSWORD)
                    .param("_csrf", token))
            .andReturn();
    return sessionCookie(signedIn);
  }

  private static Cookie sessionCookie(MvcResult result) {
    return Stream.of(result.getResponse().getCookies())
        .filter(c -> c.getName().equals("SESSION") || c.getName().equals("LANTERN_SESSION"))
        .filter(c -> c.getMaxAge() != 0)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie"));
  }

  private Document check(Cookie session, String nhsNumber) throws Exception {
    MvcResult result =
        mvc.perform(post("/flags/check").cookie(session).param("nhsNumber", nhsNumber).with(csrf()))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    return Pages.html(result);
  }

  private Document checkByName(Cookie session, String given, String family, LocalDate born)
      throws Exception {
    MvcResult result =
        mvc.perform(
                post("/flags/check")
                    .cookie(session)
                    .param("givenName", given)
                    .param("familyName", family)
                    .param("dateOfBirth.day", String.valueOf(born.getDayOfMonth()))
                    .param("dateOfBirth.month", String.valueOf(born.getMonthValue()))
                    .param("dateOfBirth.year", String.valueOf(born.getYear()))
                    .with(csrf()))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    return Pages.html(result);
  }

  private void decide(ChildSummary child, ThresholdDecision decision) {
    CurrentUser fd = p.user(Role.FRONT_DOOR);
    UUID concern = fixtures.concern(p.user(Role.PRACTITIONER), child);
    long version = frontDoor.open(fd, concern).concern().version();
    frontDoor.decide(fd, concern, version, decision, "Decided for the flag test.", null);
  }

  private void screen(ChildSummary child, String a, String b, String grave) {
    CurrentUser worker = p.user(Role.FRONT_DOOR);
    UUID id = screenings.start(worker, child.id(), "flag-screening");
    Map<String, String> answers = new HashMap<>();
    answers.put("a", a);
    answers.put("b", b);
    answers.put("grave", grave);
    answers.put("voice", "Voice of the child for the flag test.");
    screenings.save(worker, id, screenings.open(worker, id).version(), answers);
    screenings.submit(worker, id, screenings.open(worker, id).version(), null, null);
  }

  private void serveNotice(ChildSummary child, LocalDate from, LocalDate to) {
    notices.serve(
        p.user(Role.POLICE),
        new NoticeDetails(
            new AdultDetails("Carl", "Flagson" + p.suffix(), LocalDate.of(1988, 2, 3)),
            List.of(child.id()),
            "PC Flag",
            from,
            to,
            "Found harbouring the child."));
  }

  private void missing(ChildSummary child, int daysAgo) {
    Instant at = clock.instant().minus(Duration.ofDays(daysAgo));
    episodes.record(
        p.user(Role.POLICE),
        null,
        new EpisodeDetails(
            child.id(),
            "MP-FLG-" + UUID.randomUUID().toString().substring(0, 8),
            MissingFrom.HOME,
            at,
            "Home address",
            at.plus(Duration.ofHours(10)),
            "Town centre",
            null,
            null,
            RiskGrading.MEDIUM));
  }

  private org.springframework.test.web.servlet.request.RequestPostProcessor as(Role role) {
    return Pages.signedInAs(users, p.username(role));
  }
}
