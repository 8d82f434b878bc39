package org.lantern.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.CurrentUser;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.access.Role;
import org.lantern.intelligence.AbductionNotices;
import org.lantern.intelligence.AdultDetails;
import org.lantern.intelligence.NoticeDetails;
import org.lantern.missing.EpisodeDetails;
import org.lantern.missing.Episodes;
import org.lantern.missing.InterviewOutcome;
import org.lantern.missing.MissingFrom;
import org.lantern.missing.ReturnInterviews;
import org.lantern.missing.RiskGrading;
import org.lantern.people.ChildSummary;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.lantern.testing.TestScreeningTools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Alerts that reach the owner: each rule in {@link AlertRule} tells whom it says, about the child,
 * and repeated alerts about one child within an hour are one notice.
 */
@IntegrationTest
class AlertsIntegrationTests {

  static final String TOOL = TestScreeningTools.simple("alert-screening", "Alert screening");

  private static TestPartnership p;

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired Fixtures fixtures;
  @Autowired Alerts alerts;
  @Autowired Relationships relationships;
  @Autowired Screenings screenings;
  @Autowired ScreeningTools tools;
  @Autowired Episodes episodes;
  @Autowired ReturnInterviews interviews;
  @Autowired AbductionNotices notices;
  @Autowired MutableClock clock;

  CurrentUser worker;
  CurrentUser coordinator;

  @BeforeEach
  void setUp() {
    clock.reset();
    if (p == null) {
      p = fixtures.partnership();
      tools.publish(p.user(Role.PARTNERSHIP_ADMIN), TOOL, null);
    }
    worker = p.user(Role.SOCIAL_WORKER);
    coordinator = p.user(Role.EXPLOITATION_COORDINATOR);
  }

  private ChildSummary allocated() {
    ChildSummary child = fixtures.child(p);
    relationships.link(child.id(), worker.id(), RelationshipKind.ALLOCATED_WORKER);
    return child;
  }

  private List<Alerts.Shown> about(CurrentUser user, ChildSummary child) {
    return alerts.mine(user).stream().filter(a -> a.childId().equals(child.id())).toList();
  }

  @Test
  void aNewConcernAboutAnAllocatedChildTellsTheAllocatedWorkerAtOnce() {
    ChildSummary child = allocated();
    ChildSummary notAllocated = fixtures.child(p);

    fixtures.concern(p.user(Role.PRACTITIONER), child);
    fixtures.concern(p.user(Role.PRACTITIONER), notAllocated);

    assertThat(about(worker, child))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.rules()).containsExactly(AlertRule.NEW_CONCERN_ON_ALLOCATED_CHILD);
              assertThat(a.unread()).isTrue();
            });
    assertThat(about(coordinator, child)).isEmpty();
    assertThat(alerts.mine(worker)).noneMatch(a -> a.childId().equals(notAllocated.id()));
  }

  @Test
  void aScreeningAtHighTellsTheWorkerAndTheCoordinatorAndALowOneNobody() {
    ChildSummary low = allocated();
    ChildSummary high = allocated();

    screen(low, "YES", "NO", "NO");
    screen(high, "NO", "NO", "YES");

    assertThat(about(worker, low)).isEmpty();
    assertThat(about(worker, high))
        .singleElement()
        .satisfies(a -> assertThat(a.rules()).containsExactly(AlertRule.SCREENING_HIGH_OR_RISING));
    assertThat(about(coordinator, high)).hasSize(1);
  }

  @Test
  void aScreeningRisingALevelTellsThemToo() {
    ChildSummary child = allocated();
    screen(child, "YES", "NO", "NO");
    clock.advance(Duration.ofHours(2));

    screen(child, "YES", "YES", "NO");

    assertThat(about(coordinator, child))
        .singleElement()
        .satisfies(a -> assertThat(a.rules()).containsExactly(AlertRule.SCREENING_HIGH_OR_RISING));
  }

  @Test
  void aThirdMissingEpisodeInTheWindowTellsTheWorkerToHoldARiskManagementMeeting()
      throws Exception {
    ChildSummary child = allocated();
    missing(child, 30);
    missing(child, 20);
    assertThat(about(worker, child)).isEmpty();

    missing(child, 10);

    assertThat(about(worker, child))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.rules()).containsExactly(AlertRule.REPEAT_MISSING);
              assertThat(a.suggestionKey()).isEqualTo("alert.suggest.riskMeeting");
            });
    Document inbox = page("/inbox", Role.SOCIAL_WORKER);
    assertThat(inbox.select(".lantern-alerts").text())
        .contains(child.name())
        .contains("Suggested: hold a risk-management meeting");
  }

  @Test
  void aReturnInterviewNamingPeopleOrPlacesTellsTheWorkerAndTheCoordinator() {
    ChildSummary child = allocated();
    UUID episode = missing(child, 5);
    CurrentUser service = p.user(Role.MISSING_SERVICE_WORKER);

    interviews.record(
        service,
        episode,
        interviews.open(service, episode).episode().version(),
        InterviewOutcome.COMPLETED,
        clock.instant(),
        Set.of("EXPLOITATION"),
        "An older boy called Kai",
        null,
        null);

    assertThat(about(worker, child))
        .singleElement()
        .satisfies(a -> assertThat(a.rules()).contains(AlertRule.RETURN_INTERVIEW_FACTORS));
    assertThat(about(coordinator, child)).hasSize(1);
  }

  @Test
  void aChildNamedOnANoticeTellsTheAllocatedWorker() {
    ChildSummary child = allocated();

    notices.serve(
        p.user(Role.POLICE),
        new NoticeDetails(
            new AdultDetails("Carl", "Alertson" + p.suffix(), LocalDate.of(1988, 2, 3)),
            List.of(child.id()),
            "PC Alert",
            LocalDate.now(clock),
            LocalDate.now(clock).plusMonths(6),
            "Found harbouring the child."));

    assertThat(about(worker, child))
        .singleElement()
        .satisfies(a -> assertThat(a.rules()).containsExactly(AlertRule.CHILD_NAMED_ON_NOTICE));
  }

  @Test
  void repeatedAlertsAboutOneChildWithinAnHourAreOneNoticeAndAfterItANewOne() {
    ChildSummary child = allocated();

    fixtures.concern(p.user(Role.PRACTITIONER), child);
    clock.advance(Duration.ofMinutes(20));
    fixtures.concern(p.user(Role.HEALTH_SAFEGUARDING_LEAD), child);
    clock.advance(Duration.ofMinutes(20));
    screen(child, "NO", "NO", "YES");

    assertThat(about(worker, child))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.count()).isEqualTo(3);
              assertThat(a.rules())
                  .containsExactly(
                      AlertRule.NEW_CONCERN_ON_ALLOCATED_CHILD, AlertRule.SCREENING_HIGH_OR_RISING);
            });

    clock.advance(Duration.ofMinutes(61));
    fixtures.concern(p.user(Role.PRACTITIONER), child);

    assertThat(about(worker, child)).hasSize(2);
  }

  @Test
  void openingAnAlertLeadsToTheChildsFileAndSomeoneElsesIsNotFound() throws Exception {
    ChildSummary child = allocated();
    fixtures.concern(p.user(Role.PRACTITIONER), child);
    UUID alert = about(worker, child).getFirst().id();

    MvcResult someoneElse =
        mvc.perform(post("/inbox/alerts/" + alert).with(as(Role.POLICE)).with(csrf())).andReturn();
    assertThat(someoneElse.getResponse().getStatus()).isEqualTo(404);

    MvcResult mine =
        mvc.perform(post("/inbox/alerts/" + alert).with(as(Role.SOCIAL_WORKER)).with(csrf()))
            .andReturn();
    assertThat(mine.getResponse().getRedirectedUrl()).isEqualTo("/children/" + child.id());
    assertThat(about(worker, child).getFirst().unread()).isFalse();
  }

  @Test
  void theRuleTableHasARowForEveryRuleWithItsDefaults() {
    assertThat(AlertRule.NEW_CONCERN_ON_ALLOCATED_CHILD.defaultRecipients())
        .containsExactly(AlertRecipient.ALLOCATED_WORKER);
    assertThat(AlertRule.SCREENING_HIGH_OR_RISING.defaultRecipients())
        .containsExactlyInAnyOrder(AlertRecipient.ALLOCATED_WORKER, AlertRecipient.COORDINATOR);
    assertThat(AlertRule.REPEAT_MISSING.suggestionKey()).isEqualTo("alert.suggest.riskMeeting");
  }

  // --- helpers ---

  private void screen(ChildSummary child, String a, String b, String grave) {
    UUID id = screenings.start(worker, child.id(), "alert-screening");
    Map<String, String> answers = new HashMap<>();
    answers.put("a", a);
    answers.put("b", b);
    answers.put("grave", grave);
    answers.put("voice", "I just hang out with them.");
    screenings.save(worker, id, screenings.open(worker, id).version(), answers);
    screenings.submit(worker, id, screenings.open(worker, id).version(), null, null);
  }

  private UUID missing(ChildSummary child, int daysAgo) {
    Instant at = clock.instant().minus(Duration.ofDays(daysAgo));
    return episodes
        .record(
            p.user(Role.POLICE),
            null,
            new EpisodeDetails(
                child.id(),
                "MP-ALR-" + UUID.randomUUID().toString().substring(0, 8),
                MissingFrom.HOME,
                at,
                "Home address",
                at.plus(Duration.ofHours(10)),
                "Town centre",
                null,
                null,
                RiskGrading.MEDIUM))
        .episodeId();
  }

  private Document page(String path, Role role) throws Exception {
    MvcResult result = mvc.perform(get(path).with(as(role))).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private RequestPostProcessor as(Role role) {
    return Pages.signedInAs(users, p.username(role));
  }
}
