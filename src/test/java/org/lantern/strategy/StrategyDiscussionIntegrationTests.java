package org.lantern.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccessPolicy;
import org.lantern.access.AccessRefusedException;
import org.lantern.access.Role;
import org.lantern.access.Section;
import org.lantern.casework.TeamRouting;
import org.lantern.people.ChildSummary;
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
 * Strategy discussions: started by the front door's decision with a working-day clock, recorded
 * with police and health invited, the conference clock, overdue work on its owner's page, the bad
 * inputs (nothing saved), two people editing at once, and what an invited officer sees.
 */
@IntegrationTest
class StrategyDiscussionIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired TeamRouting routing;
  @Autowired FrontDoor door;
  @Autowired MutableClock clock;
  @Autowired ChildMeetings meetings;
  @Autowired ChildMeetingViews views;
  @Autowired StrategyMeetings stored;
  @Autowired StrategyClocks clocks;
  @Autowired AccessPolicy policy;
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

  @Test
  void aStrategyDiscussionDecidedOnChristmasEveIsDueAfterTheBankHolidays() {
    s.at(LocalDateTime.of(2026, 12, 24, 10, 0));
    ChildSummary child = s.decided(ThresholdDecision.STRATEGY_DISCUSSION);

    StrategyMeetingEntity m = meetingAbout(child);
    assertThat(m.kind()).isEqualTo(MeetingKind.STRATEGY_DISCUSSION);
    assertThat(m.concernId()).isNotNull();
    assertThat(m.startedByUserId()).isEqualTo(s.frontDoor.id());
    // Christmas Day (Friday) and Boxing Day's substitute (Monday 28th) are not working days
    assertThat(m.dueOn()).isEqualTo(LocalDate.of(2026, 12, 29));
  }

  @Test
  void oneDecidedBeforeEasterIsDueTheTuesdayAfterEasterMonday() {
    s.at(LocalDateTime.of(2027, 3, 25, 16, 0));
    ChildSummary child = s.decided(ThresholdDecision.STRATEGY_DISCUSSION);

    assertThat(meetingAbout(child).dueOn()).isEqualTo(LocalDate.of(2027, 3, 30));
  }

  @Test
  void otherDecisionsStartNoDiscussion() {
    ChildSummary child = s.decided(ThresholdDecision.EXPLOITATION_PATHWAY);

    List<StrategyMeetingEntity> none = transaction.execute(tx -> stored.aboutChild(child.id()));
    assertThat(none).isEmpty();
  }

  @Test
  void notHeldByItsDateItIsOverdueOnTheOwnersHomePageUntilRecorded() {
    s.at(LocalDateTime.of(2026, 12, 24, 10, 0));
    ChildSummary child = s.decided(ThresholdDecision.STRATEGY_DISCUSSION);
    UUID id = meetingAbout(child).id();

    s.at(LocalDateTime.of(2026, 12, 29, 17, 0));
    assertThat(clocks.overdueFor(s.frontDoor)).isEmpty();

    s.at(LocalDateTime.of(2026, 12, 30, 9, 0));
    assertThat(clocks.overdueFor(s.frontDoor))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.messageKey()).isEqualTo("strategy.overdue.notHeld.STRATEGY_DISCUSSION");
              assertThat(o.childNames()).isEqualTo(child.name());
              assertThat(o.link()).isEqualTo("/strategy/meetings/" + id + "/record");
            });

    meetings.record(
        s.frontDoor,
        id,
        meetingAbout(child).version(),
        s.held(MeetingDecision.SECTION_47_ENQUIRY, s.worker.id(), LocalDate.of(2027, 1, 8)));

    assertThat(clocks.overdueFor(s.frontDoor)).isEmpty();
    assertThat(views.open(s.frontDoor, id).heldLate()).isTrue();
  }

  @Test
  void aDecisionForAConferenceStartsAFifteenWorkingDayClockAcrossChristmas() {
    s.at(LocalDateTime.of(2026, 12, 14, 9, 0));
    ChildSummary child = s.decided(ThresholdDecision.STRATEGY_DISCUSSION);
    UUID id = meetingAbout(child).id();
    s.at(LocalDateTime.of(2026, 12, 14, 15, 0));

    meetings.record(
        s.worker,
        id,
        meetingAbout(child).version(),
        s.held(
            MeetingDecision.INITIAL_CHILD_PROTECTION_CONFERENCE,
            s.worker.id(),
            LocalDate.of(2026, 12, 18)));

    assertThat(meetingAbout(child).conferenceDueOn()).isEqualTo(LocalDate.of(2027, 1, 7));

    s.at(LocalDateTime.of(2027, 1, 7, 17, 0));
    assertThat(clocks.overdueFor(s.worker))
        .extracting(Overdue::messageKey)
        .containsExactly("strategy.overdue.action");

    s.at(LocalDateTime.of(2027, 1, 8, 9, 0));
    assertThat(clocks.overdueFor(s.worker))
        .extracting(Overdue::messageKey)
        .containsExactly("strategy.overdue.action", "strategy.overdue.conference");
    assertThat(views.open(s.worker, id).conferenceOverdue()).isTrue();
  }

  @Test
  void policeAndHealthMustBeInvitedOrNothingIsSaved() {
    ChildSummary child = s.decided(ThresholdDecision.STRATEGY_DISCUSSION);
    StrategyMeetingEntity m = meetingAbout(child);
    clock.advance(Duration.ofHours(1));

    MeetingRecord noPolice =
        new MeetingRecord(
            clock.instant(),
            List.of(s.health.id(), s.worker.id()),
            List.of(s.health.id()),
            "Known",
            MeetingDecision.SECTION_47_ENQUIRY,
            "Reasons",
            List.of(),
            null);
    assertRefused(m, noPolice, "invited", "strategy.meeting.invited.police");

    MeetingRecord noHealth =
        new MeetingRecord(
            clock.instant(),
            List.of(s.police.id()),
            List.of(s.police.id()),
            "Known",
            MeetingDecision.SECTION_47_ENQUIRY,
            "Reasons",
            List.of(),
            null);
    assertRefused(m, noHealth, "invited", "strategy.meeting.invited.health");
  }

  @Test
  void aMeetingBeforeTheDecisionOrAnActionWithoutAnOwnerIsRefusedByTheField() {
    s.at(LocalDateTime.of(2026, 12, 14, 9, 0));
    ChildSummary child = s.decided(ThresholdDecision.STRATEGY_DISCUSSION);
    StrategyMeetingEntity m = meetingAbout(child);

    MeetingRecord before =
        new MeetingRecord(
            StrategyScenario.uk(LocalDateTime.of(2026, 12, 14, 8, 30)),
            List.of(s.police.id(), s.health.id()),
            List.of(s.police.id(), s.health.id()),
            "Known",
            MeetingDecision.SECTION_47_ENQUIRY,
            "Reasons",
            List.of(),
            null);
    assertRefused(m, before, "heldOn", "strategy.meeting.heldOn.beforeDecision");

    s.at(LocalDateTime.of(2026, 12, 14, 11, 0));
    assertRefused(
        m,
        s.held(MeetingDecision.SECTION_47_ENQUIRY, null, LocalDate.of(2026, 12, 18)),
        "actions[0].owner",
        "strategy.action.owner");
  }

  @Test
  void theSecondOfTwoPeopleEditingOneMeetingIsTold() {
    ChildSummary child = s.decided(ThresholdDecision.STRATEGY_DISCUSSION);
    StrategyMeetingEntity m = meetingAbout(child);
    clock.advance(Duration.ofHours(1));
    long opened = m.version();

    meetings.record(
        s.frontDoor,
        m.id(),
        opened,
        s.held(MeetingDecision.SECTION_47_ENQUIRY, s.worker.id(), LocalDate.now(clock)));

    assertThatThrownBy(
            () ->
                meetings.record(
                    s.worker,
                    m.id(),
                    opened,
                    s.held(MeetingDecision.NO_FURTHER_ACTION, s.worker.id(), LocalDate.now(clock))))
        .isInstanceOf(MeetingChangedException.class);
    assertThat(meetingAbout(child).decision()).isEqualTo(MeetingDecision.SECTION_47_ENQUIRY);
  }

  @Test
  void anInvitedOfficerSeesTheMeetingTheyWereInvitedToAndNothingElseOfTheMeetings() {
    ChildSummary child = s.decided(ThresholdDecision.STRATEGY_DISCUSSION);
    StrategyMeetingEntity m = meetingAbout(child);
    UUID other = meetings.start(s.frontDoor, MeetingKind.RISK_MANAGEMENT, List.of(child.id()));
    clock.advance(Duration.ofHours(1));

    assertThatThrownBy(() -> views.open(s.police, m.id()))
        .isInstanceOf(AccessRefusedException.class);

    meetings.record(
        s.frontDoor,
        m.id(),
        m.version(),
        s.held(MeetingDecision.SECTION_47_ENQUIRY, s.worker.id(), LocalDate.now(clock)));

    MeetingView seen = views.open(s.police, m.id());
    assertThat(seen.participants()).extracting(MeetingView.Person::userId).contains(s.police.id());
    assertThat(policy.scope(s.police, child.ref()).of(Section.MEETINGS).all()).isFalse();
    assertThat(policy.scope(s.police, child.ref()).of(Section.CONCERNS).any()).isFalse();
    assertThatThrownBy(() -> views.open(s.police, other))
        .isInstanceOf(AccessRefusedException.class);
    // another officer of the same force was not invited
    assertThatThrownBy(() -> views.open(s.p.user(Role.PANEL_MEMBER), m.id()))
        .isInstanceOf(AccessRefusedException.class);
  }

  private void assertRefused(StrategyMeetingEntity m, MeetingRecord r, String field, String code) {
    assertThatThrownBy(() -> meetings.record(s.frontDoor, m.id(), m.version(), r))
        .isInstanceOfSatisfying(
            StrategyRuleException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.code()).isEqualTo(code);
            });
    StrategyMeetingEntity after = transaction.execute(tx -> stored.findById(m.id()).orElseThrow());
    assertThat(after.isHeld()).isFalse();
    assertThat(after.version()).isEqualTo(m.version());
  }
}
