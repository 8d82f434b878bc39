package org.lantern.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lantern.access.AccessRefusedException;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.access.Role;
import org.lantern.people.ChildSummary;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.lantern.testing.TestScreeningTools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Tools, versions, screenings, sign-off and review dates, on PostgreSQL. */
@IntegrationTest
class ScreeningIntegrationTests {

  static final String TOOL_V1 = TestScreeningTools.simple("test-screening", "Test screening");

  @Autowired Fixtures fixtures;
  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Tracker tracker;
  @Autowired Oversight oversight;
  @Autowired CommissionedService service;
  @Autowired Relationships relationships;
  @Autowired AuditLog audit;
  @Autowired MutableClock clock;

  TestPartnership p;
  CurrentUser worker;
  CurrentUser manager;

  @BeforeEach
  void setUp() {
    clock.set(Instant.parse("2026-03-02T10:00:00Z"));
    p = fixtures.partnership();
    worker = p.user(Role.SOCIAL_WORKER);
    manager = p.user(Role.TEAM_MANAGER);
    tools.publish(p.user(Role.PARTNERSHIP_ADMIN), TOOL_V1, null);
  }

  ChildSummary allocatedChild() {
    ChildSummary child = fixtures.child(p);
    relationships.linkTeam(child.id(), p.teamId(), RelationshipKind.ALLOCATED_TEAM);
    return child;
  }

  UUID submitted(ChildSummary child, Map<String, String> answers) {
    UUID id = screenings.start(worker, child.id(), "test-screening");
    screenings.save(worker, id, version(id), answers);
    screenings.submit(worker, id, version(id), null, null);
    return id;
  }

  long version(UUID id) {
    return screenings.open(worker, id).version();
  }

  static Map<String, String> answers(String a, String b, String grave) {
    Map<String, String> answers = new HashMap<>();
    answers.put("a", a);
    answers.put("b", b);
    answers.put("grave", grave);
    answers.put("voice", "I just hang out with them.");
    return answers;
  }

  @Test
  void aNewVersionLeavesEarlierScreeningsOnTheVersionTheyWereCompletedOn() {
    ChildSummary child = allocatedChild();
    UUID first = submitted(child, answers("YES", "YES", "NO"));
    assertThat(screenings.open(worker, first).level()).isEqualTo(RiskLevel.MEDIUM);

    // Version 2 renames A and makes medium start at 4: the old screening must not change.
    String v2 =
        TOOL_V1.replace("Indicator A", "Indicator A reworded").replace("medium: 3", "medium: 4");
    PublishedTool published = tools.publish(p.user(Role.PARTNERSHIP_ADMIN), v2, 1);
    assertThat(published.number()).isEqualTo(2);

    ScreeningView old = screenings.open(worker, first);
    assertThat(old.tool().number()).isEqualTo(1);
    assertThat(old.level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(old.explanation().level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(old.tool().definition().indicator("a").orElseThrow().text())
        .isEqualTo("Indicator A");
    UUID second = submitted(allocatedChild(), answers("YES", "YES", "NO"));
    assertThat(screenings.open(worker, second).tool().number()).isEqualTo(2);
    assertThat(screenings.open(worker, second).level()).isEqualTo(RiskLevel.LOW);
    assertThat(tools.history(p.id(), "test-screening"))
        .extracting(PublishedTool::number)
        .containsExactly(2, 1);
  }

  @Test
  void publishingOverSomeoneElsesNewerVersionIsRefusedAndABadDefinitionChangesNothing() {
    CurrentUser admin = p.user(Role.PARTNERSHIP_ADMIN);
    tools.publish(admin, TOOL_V1.replace("Grave", "Grave harm"), 1);

    assertThatThrownBy(() -> tools.publish(admin, TOOL_V1, 1))
        .isInstanceOf(ToolChangedException.class);
    assertThatThrownBy(
            () -> tools.publish(admin, TOOL_V1.replace("any-of: [grave]", "any-of: [nope]"), 2))
        .isInstanceOf(InvalidToolException.class);

    assertThat(tools.current(p.id(), "test-screening").orElseThrow().number()).isEqualTo(2);
    assertThatThrownBy(() -> tools.publish(worker, TOOL_V1, null))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anIncompleteScreeningIsRefusedWithWhatIsMissingAndTheDraftIsKept() {
    ChildSummary child = allocatedChild();
    UUID id = screenings.start(worker, child.id(), "test-screening");
    screenings.save(worker, id, version(id), Map.of("a", "YES"));

    IncompleteScreeningException e =
        catchThrowableOfType(
            IncompleteScreeningException.class,
            () -> screenings.submit(worker, id, version(id), null, null));

    assertThat(e.missing()).containsExactly("b", "grave", "voice");
    ScreeningView draft = screenings.open(worker, id);
    assertThat(draft.status()).isEqualTo(ScreeningStatus.DRAFT);
    assertThat(draft.answers()).containsEntry("a", "YES");
    assertThat(screenings.start(worker, child.id(), "test-screening"))
        .as("coming back")
        .isEqualTo(id);
  }

  @Test
  void professionalJudgementKeepsBothLevelsAndTheReason() {
    ChildSummary child = allocatedChild();
    UUID id = screenings.start(worker, child.id(), "test-screening");
    screenings.save(worker, id, version(id), answers("YES", "NO", "NO"));

    ScreeningView s =
        screenings.submit(
            worker, id, version(id), RiskLevel.HIGH, "Seen getting into cars nightly.");

    assertThat(s.explanation().level()).isEqualTo(RiskLevel.LOW);
    assertThat(s.judgedLevel()).isEqualTo(RiskLevel.HIGH);
    assertThat(s.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(s.judgementReason()).isEqualTo("Seen getting into cars nightly.");
    assertThat(service.forChild(child.id())).as("not referred until signed off").isEmpty();
    screenings.signOff(p.user(Role.TEAM_MANAGER), id, version(id), true, null);
    assertThat(service.forChild(child.id()))
        .singleElement()
        .satisfies(r -> assertThat(r.level()).isEqualTo(RiskLevel.HIGH));
  }

  @ParameterizedTest(name = "{0}: review on {1}")
  @CsvSource({
    "YES, YES, YES, 2026-03-30", // high: 4 weeks
    "YES, YES, NO, 2026-04-27", // medium: 8 weeks
    "YES, NO, NO, 2026-05-25", // low: 12 weeks
    "NO, NO, NO, " // no apparent risk: no review
  })
  void theReviewDateFollowsTheLevel(String a, String b, String grave, LocalDate due) {
    UUID id = submitted(allocatedChild(), answers(a, b, grave));

    assertThat(screenings.open(worker, id).reviewDueOn()).isEqualTo(due);
  }

  @Test
  void aReviewIsOverdueTheDayAfterItIsDueOnTheWorkersAndTheManagersPages() {
    ChildSummary child = allocatedChild();
    UUID id = submitted(child, answers("YES", "YES", "YES"));
    screenings.signOff(manager, id, version(id), true, null);

    clock.set(Instant.parse("2026-03-30T22:00:00Z")); // 30 March, 23:00 in London: due today
    assertThat(oversight.mine(worker).overdue()).isEmpty();
    clock.set(Instant.parse("2026-03-30T23:30:00Z")); // 31 March, 00:30 in London
    assertThat(oversight.mine(worker).overdue())
        .extracting(Oversight.Row::screeningId)
        .containsExactly(id);
    assertThat(oversight.team(manager).overdue())
        .extracting(Oversight.Row::screeningId)
        .containsExactly(id);
  }

  @Test
  void aManagerSignsOffOrReturnsAndAStaleSignOffOverwritesNothing() {
    ChildSummary child = allocatedChild();
    UUID id = submitted(child, answers("YES", "YES", "NO"));
    assertThat(oversight.team(manager).toSignOff())
        .extracting(Oversight.Row::screeningId)
        .containsExactly(id);
    long seen = version(id);

    screenings.signOff(manager, id, seen, false, "Say more about who she meets.");
    assertThat(screenings.open(worker, id).status()).isEqualTo(ScreeningStatus.RETURNED);
    assertThatThrownBy(() -> screenings.signOff(manager, id, seen, true, null))
        .isInstanceOf(ScreeningChangedException.class);
    assertThat(screenings.open(worker, id).status()).isEqualTo(ScreeningStatus.RETURNED);

    screenings.submit(worker, id, version(id), null, null);
    screenings.signOff(manager, id, version(id), true, null);
    ScreeningView done = screenings.open(worker, id);
    assertThat(done.status()).isEqualTo(ScreeningStatus.SIGNED_OFF);
    assertThat(done.signedOffByName()).isEqualTo(manager.displayName());
    assertThat(done.returnComments()).isEqualTo("Say more about who she meets.");
  }

  @Test
  void onlyATeamManagerWithAccessSignsOffAndNeverTheirOwn() {
    ChildSummary stranger = fixtures.child(p);
    CurrentUser coordinator = p.user(Role.EXPLOITATION_COORDINATOR);
    UUID id = screenings.start(coordinator, stranger.id(), "test-screening");
    screenings.save(
        coordinator, id, screenings.open(coordinator, id).version(), answers("YES", "NO", "NO"));
    screenings.submit(coordinator, id, screenings.open(coordinator, id).version(), null, null);
    long v = screenings.open(coordinator, id).version();

    assertThatThrownBy(() -> screenings.signOff(worker, id, v, true, null))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> screenings.signOff(manager, id, v, true, null))
        .as("no relationship with the child")
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(
            () -> screenings.start(p.user(Role.PRACTITIONER), stranger.id(), "test-screening"))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(audit.forChild(stranger.id()))
        .anyMatch(
            e -> e.action() == AuditAction.SIGN_OFF_SCREENING && e.userId().equals(manager.id()));
  }

  @Test
  void complianceIsTheShareOfATeamsTrackerChildrenSignedOffAndInDate() {
    CurrentUser coordinator = p.user(Role.EXPLOITATION_COORDINATOR);
    UUID signedInDate = submitted(allocatedChild(), answers("YES", "NO", "NO"));
    screenings.signOff(manager, signedInDate, version(signedInDate), true, null);
    submitted(allocatedChild(), answers("YES", "NO", "NO")); // unsigned
    submitted(allocatedChild(), answers("NO", "NO", "NO")); // no apparent risk: not on the tracker
    clock.set(Instant.parse("2026-04-01T10:00:00Z"));
    UUID signedOverdue = submitted(allocatedChild(), answers("YES", "YES", "YES"));
    screenings.signOff(manager, signedOverdue, version(signedOverdue), true, null);
    clock.set(Instant.parse("2026-05-01T10:00:00Z")); // the high one (due 29 April) is overdue

    assertThat(tracker.rows(coordinator, TrackerFilter.none())).hasSize(3);
    assertThat(tracker.compliance(coordinator))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.teamId()).isEqualTo(p.teamId());
              assertThat(c.children()).isEqualTo(3);
              assertThat(c.compliant()).isEqualTo(1);
              assertThat(c.percent()).isEqualTo(33);
            });
    TrackerFilter overdue = TrackerFilter.sortedBy(TrackerSort.NAME, false).overdue(true);
    assertThat(tracker.rows(coordinator, overdue))
        .singleElement()
        .satisfies(r -> assertThat(r.screeningId()).isEqualTo(signedOverdue));
    assertThatThrownBy(() -> tracker.rows(p.user(Role.PRACTITIONER), TrackerFilter.none()))
        .isInstanceOf(AccessDeniedException.class);
  }
}
