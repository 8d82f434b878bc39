package org.lantern.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.Role;
import org.lantern.casework.TeamRouting;
import org.lantern.flags.ChildFlags;
import org.lantern.missing.EpisodeDetails;
import org.lantern.missing.Episodes;
import org.lantern.missing.MissingFrom;
import org.lantern.missing.RiskGrading;
import org.lantern.people.ChildFile;
import org.lantern.people.ChildSummary;
import org.lantern.people.FileSection;
import org.lantern.platform.LanternTime;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.ThresholdDecision;
import org.lantern.strategy.data.StrategyMeetingEntity;
import org.lantern.strategy.data.StrategyMeetings;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Child protection conferences and plans (the review clock: three months, then six; no social
 * worker refused), and risk-management meetings (the next review, the link a child missing
 * repeatedly gets on their file).
 */
@IntegrationTest
class ConferenceAndRiskManagementIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired TeamRouting routing;
  @Autowired FrontDoor door;
  @Autowired MutableClock clock;
  @Autowired ChildMeetings meetings;
  @Autowired ChildProtectionConferences conferences;
  @Autowired ChildProtectionPlans plans;
  @Autowired ChildFlags childFlags;
  @Autowired StrategyMeetings stored;
  @Autowired StrategyClocks clocks;
  @Autowired Episodes episodes;
  @Autowired ChildFile files;
  @Autowired TransactionTemplate transaction;

  StrategyScenario s;

  @BeforeEach
  void setUp() {
    clock.reset();
    s = new StrategyScenario(fixtures, routing, door, clock);
  }

  private StrategyMeetingEntity meetingAbout(ChildSummary child) {
    return transaction.execute(tx -> stored.aboutChild(child.id()).getFirst());
  }

  private ConferenceRecord conference(
      ConferenceKind kind, UUID discussion, LocalDate on, boolean plan, PlanCategory category) {
    return new ConferenceRecord(kind, discussion, on, s.worker.id(), plan, category, null);
  }

  @Test
  void anInitialConferenceMakesAPlanReviewedWithinThreeMonthsThenEverySix() {
    s.at(LocalDateTime.of(2026, 12, 14, 9, 0));
    ChildSummary child = s.decided(ThresholdDecision.STRATEGY_DISCUSSION);
    StrategyMeetingEntity d = meetingAbout(child);
    s.at(LocalDateTime.of(2026, 12, 14, 15, 0));
    meetings.record(
        s.worker,
        d.id(),
        d.version(),
        s.held(
            MeetingDecision.INITIAL_CHILD_PROTECTION_CONFERENCE,
            s.worker.id(),
            LocalDate.of(2027, 2, 1)));

    s.at(LocalDateTime.of(2027, 1, 6, 12, 0));
    conferences.record(
        s.worker,
        child.id(),
        conference(
            ConferenceKind.INITIAL, d.id(), LocalDate.of(2027, 1, 6), true, PlanCategory.SEXUAL));

    assertThat(plans.currentPlan(child.id()))
        .hasValueSatisfying(
            p -> {
              assertThat(p.category()).isEqualTo(PlanCategory.SEXUAL);
              assertThat(p.startedOn()).isEqualTo(LocalDate.of(2027, 1, 6));
              assertThat(p.nextReviewOn()).isEqualTo(LocalDate.of(2027, 4, 6));
              assertThat(p.leadSocialWorkerUserId()).isEqualTo(s.worker.id());
            });
    assertThat(childFlags.of(child.id()))
        .as("the plan is a current flag, for unscheduled care and the file")
        .filteredOn(f -> f.code().equals("CHILD_PROTECTION_PLAN"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.current()).isTrue();
              assertThat(f.since()).isEqualTo(LocalDate.of(2027, 1, 6));
            });
    // the conference was held in time: nothing is overdue after its date
    s.at(LocalDateTime.of(2027, 1, 20, 12, 0));
    assertThat(clocks.overdueFor(s.worker)).isEmpty();

    s.at(LocalDateTime.of(2027, 4, 7, 9, 0));
    assertThat(clocks.overdueFor(s.worker))
        .extracting(Overdue::messageKey)
        .containsExactly("strategy.overdue.action", "strategy.overdue.planReview");

    conferences.record(
        s.worker,
        child.id(),
        conference(
            ConferenceKind.REVIEW, null, LocalDate.of(2027, 4, 7), true, PlanCategory.SEXUAL));
    assertThat(plans.currentPlan(child.id()).orElseThrow().nextReviewOn())
        .isEqualTo(LocalDate.of(2027, 10, 7));
    assertThat(clocks.overdueFor(s.worker))
        .extracting(Overdue::messageKey)
        .containsExactly("strategy.overdue.action");

    s.at(LocalDateTime.of(2027, 9, 1, 9, 0));
    conferences.record(
        s.worker,
        child.id(),
        conference(ConferenceKind.REVIEW, null, LocalDate.of(2027, 9, 1), false, null));
    assertThat(plans.currentPlan(child.id())).isEmpty();
    assertThat(childFlags.of(child.id()))
        .filteredOn(f -> f.code().equals("CHILD_PROTECTION_PLAN"))
        .singleElement()
        .satisfies(f -> assertThat(f.current()).isFalse());
    assertThat(plans.plans(child.id()))
        .singleElement()
        .satisfies(p -> assertThat(p.endedOn()).isEqualTo(LocalDate.of(2027, 9, 1)));
  }

  @Test
  void aConferenceWithNoSocialWorkerOrBeforeItsDiscussionIsRefusedAndNothingSaved() {
    ChildSummary child = s.decided(ThresholdDecision.STRATEGY_DISCUSSION);
    StrategyMeetingEntity d = meetingAbout(child);
    clock.advance(Duration.ofHours(1));
    meetings.record(
        s.worker,
        d.id(),
        d.version(),
        s.held(
            MeetingDecision.INITIAL_CHILD_PROTECTION_CONFERENCE,
            s.worker.id(),
            LocalDate.now(clock)));
    LocalDate today = LocalDate.now(clock.withZone(LanternTime.ZONE));

    assertRefused(
        child,
        new ConferenceRecord(
            ConferenceKind.INITIAL, d.id(), today, null, true, PlanCategory.NEGLECT, null),
        "socialWorker");
    assertRefused(
        child,
        new ConferenceRecord(
            ConferenceKind.INITIAL, d.id(), today, s.police.id(), true, PlanCategory.NEGLECT, null),
        "socialWorker");
    assertRefused(
        child,
        conference(ConferenceKind.INITIAL, d.id(), today.minusDays(1), true, PlanCategory.NEGLECT),
        "heldOn");
    assertRefused(child, conference(ConferenceKind.INITIAL, d.id(), today, true, null), "category");
    assertRefused(
        child, conference(ConferenceKind.REVIEW, null, today, true, PlanCategory.NEGLECT), "kind");
  }

  private void assertRefused(ChildSummary child, ConferenceRecord r, String field) {
    assertThatThrownBy(() -> conferences.record(s.worker, child.id(), r))
        .isInstanceOfSatisfying(
            StrategyRuleException.class, e -> assertThat(e.field()).isEqualTo(field));
    assertThat(plans.currentPlan(child.id())).isEmpty();
    assertThat(plans.plans(child.id())).isEmpty();
  }

  @Test
  void aRiskManagementMeetingSetsItsNextReviewAndIsOverdueWhenNoneFollows() {
    s.at(LocalDateTime.of(2026, 12, 14, 9, 0));
    ChildSummary child = s.child();
    UUID id = meetings.start(s.frontDoor, MeetingKind.RISK_MANAGEMENT, List.of(child.id()));
    StrategyMeetingEntity m = meetingAbout(child);
    assertThat(m.dueOn()).isEqualTo(LocalDate.of(2026, 12, 21));
    s.at(LocalDateTime.of(2026, 12, 15, 10, 0));
    List<UUID> there = List.of(s.worker.id(), s.p.user(Role.MISSING_SERVICE_WORKER).id());
    meetings.record(
        s.frontDoor,
        id,
        m.version(),
        new MeetingRecord(
            clock.instant(),
            there,
            there,
            "Missing three times, found with older youths each time.",
            MeetingDecision.EXPLOITATION_PATHWAY,
            "Risk-management plan",
            List.of(),
            null));
    assertThat(meetingAbout(child).nextReviewOn()).isEqualTo(LocalDate.of(2027, 1, 26));

    s.at(LocalDateTime.of(2027, 1, 27, 9, 0));
    assertThat(clocks.overdueFor(s.frontDoor))
        .extracting(Overdue::messageKey)
        .containsExactly("strategy.overdue.review");
    meetings.start(s.frontDoor, MeetingKind.RISK_MANAGEMENT, List.of(child.id()));
    assertThat(clocks.overdueFor(s.frontDoor)).isEmpty();
  }

  @Test
  void aChildMissingThreeTimesIsOfferedARiskManagementMeetingOnTheirFile() {
    ChildSummary child = s.child();
    assertThat(section(child).model().get("repeatMissing")).isEqualTo(false);

    for (int i = 0; i < 3; i++) {
      Instant at = clock.instant().minus(Duration.ofDays(10L + 5 * i));
      episodes.record(
          s.police,
          null,
          new EpisodeDetails(
              child.id(),
              "MP-RMM-" + UUID.randomUUID().toString().substring(0, 8),
              MissingFrom.HOME,
              at,
              "Home address",
              at.plus(Duration.ofHours(12)),
              "Town centre",
              null,
              null,
              RiskGrading.MEDIUM));
    }

    assertThat(section(child).model().get("repeatMissing")).isEqualTo(true);
  }

  private FileSection section(ChildSummary child) {
    return transaction.execute(
        tx ->
            files.open(s.frontDoor, child.id()).sections().stream()
                .filter(x -> x.template().equals("strategy/file"))
                .findFirst()
                .orElseThrow());
  }
}
