package org.lantern.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.NewUser;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.access.Role;
import org.lantern.notify.AlertRule;
import org.lantern.notify.Alerts;
import org.lantern.people.ChildSummary;
import org.lantern.platform.FinancialQuarter;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.Pages;
import org.lantern.testing.TestPartnership;
import org.lantern.testing.TestScreeningTools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The commissioned service at every level (seed 002 ¶28, ¶107, ¶108): a signed-off screening at
 * low, medium or high refers the child; the service accepts with a worker of one of its teams and a
 * support type the level allows, or declines with a reason; a level change while referred re-refers
 * the same referral; and the quarter's figures count referrals by level, children worked with and
 * closures by outcome, with small numbers hidden for wider circulation.
 */
@IntegrationTest
class ServiceReferralIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired CommissionedService service;
  @Autowired ServiceTeams teams;
  @Autowired ServiceFigures figures;
  @Autowired Relationships relationships;
  @Autowired Directory directory;
  @Autowired MutableClock clock;
  @Autowired Alerts alerts;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  TestPartnership p;
  CurrentUser worker;
  CurrentUser manager;
  CurrentUser charity;
  UUID serviceTeam;
  UUID serviceWorker;

  @BeforeEach
  void setUp() {
    clock.set(Instant.parse("2026-03-02T10:00:00Z"));
    p = fixtures.partnership();
    worker = p.user(Role.SOCIAL_WORKER);
    manager = p.user(Role.TEAM_MANAGER);
    charity = p.user(Role.MISSING_SERVICE_WORKER);
    tools.publish(
        p.user(Role.PARTNERSHIP_ADMIN),
        TestScreeningTools.simple("service-screening", "Service screening"),
        null);
    serviceTeam = directory.createTeam(p.charityId(), "Service north " + p.suffix());
    serviceWorker =
        directory.createUser(
            new NewUser(
                "service-worker-" + p.suffix(),
                "Test service worker",
                null,
                null,
                Role.MISSING_SERVICE_WORKER,
                p.charityId(),
                serviceTeam));
    teams.cover(p.id(), serviceTeam, List.of(p.districtId()));
  }

  @ParameterizedTest(name = "{0}: referred only once signed off")
  @CsvSource({"LOW", "MEDIUM", "HIGH"})
  void aSignedOffScreeningAtEveryLevelRefersTheChild(RiskLevel level) {
    ChildSummary child = allocatedChild();
    UUID id = submitted(child, level);
    assertThat(service.forChild(child.id())).as("submitted, not yet signed off").isEmpty();

    signOff(id);

    assertThat(service.queue(charity))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.child().id()).isEqualTo(child.id());
              assertThat(r.level()).isEqualTo(level);
              assertThat(r.status()).isEqualTo(ServiceReferralStatus.WAITING);
            });
  }

  @Test
  void aNewReferralOrAReReferralTellsTheServiceTeamCoveringTheChildsDistrict() {
    ChildSummary child = allocatedChild();
    CurrentUser inTeam =
        new CurrentUser(
            serviceWorker,
            "service-worker-" + p.suffix(),
            "Test service worker",
            Role.MISSING_SERVICE_WORKER,
            p.charityId(),
            charity.agencyName(),
            p.id(),
            serviceTeam);
    UUID first = submitted(child, RiskLevel.LOW);
    assertThat(alerts.mine(inTeam)).as("not until signed off").isEmpty();

    signOff(first);
    assertThat(alerts.mine(inTeam))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.childId()).isEqualTo(child.id());
              assertThat(a.rules()).containsExactly(AlertRule.SERVICE_REFERRAL_MADE);
              assertThat(alerts.open(inTeam, a.id())).isEqualTo("/service-referrals");
            });
    assertThat(alerts.mine(charity)).as("a service worker outside the covering team").isEmpty();

    clock.set(clock.instant().plusSeconds(7200));
    signOff(submitted(child, RiskLevel.HIGH));
    assertThat(alerts.mine(inTeam)).as("re-referred at high: told again").hasSize(2);
  }

  @Test
  void withNoTeamCoveringTheDistrictEveryServiceWorkerIsTold() throws Exception {
    teams.cover(p.id(), serviceTeam, List.of());
    ChildSummary child = allocatedChild();
    signOff(submitted(child, RiskLevel.MEDIUM));
    assertThat(alerts.mine(charity))
        .singleElement()
        .satisfies(a -> assertThat(a.rules()).containsExactly(AlertRule.SERVICE_REFERRAL_MADE));
    Document inbox =
        Pages.html(
            mvc.perform(
                    get("/inbox")
                        .with(Pages.signedInAs(users, p.username(Role.MISSING_SERVICE_WORKER))))
                .andReturn());
    assertThat(inbox.select(".lantern-alerts").text())
        .contains(child.name())
        .contains("Referred to the exploitation and missing service")
        .contains("Open the service's referrals");
  }

  @Test
  void noApparentRiskRefersNobody() {
    ChildSummary child = allocatedChild();
    signOff(submitted(child, RiskLevel.NONE));
    assertThat(service.forChild(child.id())).isEmpty();
  }

  @Test
  void aLevelChangeReRefersTheSameReferralWithItsHistory() {
    ChildSummary child = allocatedChild();
    signOff(submitted(child, RiskLevel.LOW));
    signOff(submitted(child, RiskLevel.MEDIUM));
    CommissionedService.Referral waiting = only(child);
    assertThat(waiting.level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(waiting.history())
        .extracting(CommissionedService.Level::level)
        .containsExactly(RiskLevel.LOW, RiskLevel.MEDIUM);

    service.accept(charity, waiting.id(), waiting.version(), serviceWorker, SupportType.TARGETED);
    signOff(submitted(child, RiskLevel.HIGH));
    signOff(submitted(child, RiskLevel.HIGH)); // the same level again: no change

    CommissionedService.Referral worked = only(child);
    assertThat(worked.status()).isEqualTo(ServiceReferralStatus.ACCEPTED);
    assertThat(worked.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(worked.reReferred()).isTrue();
    assertThat(worked.history())
        .extracting(CommissionedService.Level::level)
        .containsExactly(RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH);
  }

  @Test
  void theServiceAcceptsWithAWorkerOfItsTeamsAndASupportTypeTheLevelAllows() {
    ChildSummary child = allocatedChild();
    signOff(submitted(child, RiskLevel.LOW));
    CommissionedService.Referral r = only(child);
    assertThat(r.supportTypes())
        .containsExactly(SupportType.EARLY_INTERVENTION, SupportType.RELATIONSHIP_BASED);
    assertThat(service.teamsFor(charity, r))
        .first()
        .satisfies(t -> assertThat(t.id()).isEqualTo(serviceTeam));

    assertThatThrownBy(
            () -> service.accept(charity, r.id(), r.version(), serviceWorker, SupportType.TARGETED))
        .as("targeted support is for medium and high")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                service.accept(
                    charity, r.id(), r.version(), charity.id(), SupportType.EARLY_INTERVENTION))
        .as("a worker in none of the service's teams")
        .isInstanceOf(IllegalArgumentException.class);
    service.accept(charity, r.id(), r.version(), serviceWorker, SupportType.RELATIONSHIP_BASED);

    CommissionedService.Referral accepted = only(child);
    assertThat(accepted.status()).isEqualTo(ServiceReferralStatus.ACCEPTED);
    assertThat(accepted.workerName()).isEqualTo("Test service worker");
    assertThat(accepted.teamName()).isEqualTo("Service north " + p.suffix());
    assertThat(accepted.supportType()).isEqualTo(SupportType.RELATIONSHIP_BASED);
    assertThat(relationships.currentOn(child.id()))
        .anySatisfy(h -> assertThat(h.userId()).isEqualTo(serviceWorker));
    assertThatThrownBy(
            () ->
                service.accept(
                    charity,
                    r.id(),
                    accepted.version(),
                    serviceWorker,
                    SupportType.EARLY_INTERVENTION))
        .isInstanceOf(ScreeningChangedException.class);
    assertThatThrownBy(() -> service.queue(worker)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aDeclineSaysWhyAndALaterScreeningRefersAgain() {
    ChildSummary child = allocatedChild();
    signOff(submitted(child, RiskLevel.MEDIUM));
    CommissionedService.Referral r = only(child);

    assertThatThrownBy(() -> service.decline(charity, r.id(), r.version(), "  "))
        .isInstanceOf(IllegalArgumentException.class);
    service.decline(charity, r.id(), r.version(), "Already worked by the youth justice service.");

    assertThat(only(child))
        .satisfies(
            d -> {
              assertThat(d.status()).isEqualTo(ServiceReferralStatus.DECLINED);
              assertThat(d.declineReason())
                  .isEqualTo("Already worked by the youth justice service.");
            });
    assertThat(service.queue(charity)).isEmpty();
    signOff(submitted(child, RiskLevel.HIGH));
    assertThat(service.forChild(child.id()))
        .extracting(CommissionedService.Referral::status)
        .containsExactlyInAnyOrder(ServiceReferralStatus.WAITING, ServiceReferralStatus.DECLINED);
  }

  @Test
  void theQuartersFiguresCountReferralsByLevelChildrenWorkedWithAndClosures() {
    for (RiskLevel level :
        List.of(RiskLevel.LOW, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.LOW)) {
      signOff(submitted(allocatedChild(), level));
    }
    List<CommissionedService.Referral> queue = service.queue(charity);
    CommissionedService.Referral first =
        queue.stream().filter(r -> r.level() == RiskLevel.LOW).findFirst().orElseThrow();
    service.accept(
        charity, first.id(), first.version(), serviceWorker, SupportType.EARLY_INTERVENTION);
    CommissionedService.Referral high =
        queue.stream().filter(r -> r.level() == RiskLevel.HIGH).findFirst().orElseThrow();
    service.accept(charity, high.id(), high.version(), serviceWorker, SupportType.TARGETED);
    service.close(
        charity,
        high.id(),
        service.one(charity, high.id()).version(),
        ServiceOutcome.RISK_REDUCED,
        "Engaged well; no missing episodes since.");
    CommissionedService.Referral medium =
        queue.stream().filter(r -> r.level() == RiskLevel.MEDIUM).findFirst().orElseThrow();
    service.decline(charity, medium.id(), medium.version(), "Moved to another county.");

    FinancialQuarter q4 = FinancialQuarter.of(LocalDate.of(2026, 3, 2));
    ServiceFigures.Shown full = figures.shown(charity, q4, true);
    assertThat(full.published()).isFalse();
    assertThat(full.received().value()).isEqualTo(5);
    assertThat(full.ratings().counts().get(RiskLevel.HIGH).value()).isEqualTo(1);
    assertThat(full.ratings().counts().get(RiskLevel.MEDIUM).value()).isEqualTo(1);
    assertThat(full.ratings().counts().get(RiskLevel.LOW).value()).isEqualTo(3);
    assertThat(full.declined().value()).isEqualTo(1);
    assertThat(full.childrenWorkedWith().value()).isEqualTo(2);
    assertThat(full.closures().counts().get(ServiceOutcome.RISK_REDUCED).value()).isEqualTo(1);
    assertThat(full.closures().total().value()).isEqualTo(1);

    ServiceFigures.Shown wider = figures.shown(charity, q4, false);
    assertThat(wider.published()).isTrue();
    assertThat(wider.received().display()).isEqualTo("5");
    assertThat(wider.ratings().counts().get(RiskLevel.HIGH).display()).isEqualTo("c");
    assertThat(wider.childrenWorkedWith().display()).isEqualTo("c");
    assertThat(wider.anySuppressed()).isTrue();
    ServiceFigures.Shown strategic = figures.shown(p.user(Role.STRATEGIC_LEAD), q4, true);
    assertThat(strategic.published()).as("strategic leads get the wider version only").isTrue();
  }

  private ChildSummary allocatedChild() {
    ChildSummary child = fixtures.child(p);
    relationships.linkTeam(child.id(), p.teamId(), RelationshipKind.ALLOCATED_TEAM);
    return child;
  }

  private CommissionedService.Referral only(ChildSummary child) {
    List<CommissionedService.Referral> all = service.forChild(child.id());
    assertThat(all).hasSize(1);
    return all.getFirst();
  }

  private UUID submitted(ChildSummary child, RiskLevel level) {
    Map<String, String> answers = new HashMap<>();
    answers.put("a", level == RiskLevel.NONE ? "NO" : "YES");
    answers.put("b", level == RiskLevel.MEDIUM ? "YES" : "NO");
    answers.put("grave", level == RiskLevel.HIGH ? "YES" : "NO");
    answers.put("voice", "I just hang out with them.");
    UUID id = screenings.start(worker, child.id(), "service-screening");
    screenings.save(worker, id, version(id), answers);
    screenings.submit(worker, id, version(id), null, null);
    return id;
  }

  private void signOff(UUID screening) {
    screenings.signOff(manager, screening, version(screening), true, null);
  }

  private long version(UUID id) {
    return screenings.open(worker, id).version();
  }
}
