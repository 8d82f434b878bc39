package org.lantern.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.risk.RiskLevel.HIGH;
import static org.lantern.risk.RiskLevel.MEDIUM;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccessDeniedForRole;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditEntry;
import org.lantern.access.AuditLog;
import org.lantern.access.Role;
import org.lantern.flags.ChildFlags;
import org.lantern.flags.Flag;
import org.lantern.flags.LanternFlag;
import org.lantern.people.ChildFile;
import org.lantern.people.ChildSummary;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.risk.RiskLevel;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The panel's rules against PostgreSQL: the escalation rule (exactly three consecutive
 * presentations without a reduction; reset by a reduction or a missed meeting), re-referral counts,
 * action validation, minutes fixed after approval except by an amendment, and approved minutes on
 * the child's file and chronology.
 */
@IntegrationTest
class PanelIntegrationTests {

  static final LocalDate FIRST = LocalDate.of(2026, 1, 14);

  @Autowired Fixtures fixtures;
  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Panels panels;
  @Autowired Meetings meetings;
  @Autowired Minutes minutes;
  @Autowired MinutesApproval approval;
  @Autowired MeetingViews views;
  @Autowired EscalationReview review;
  @Autowired ChildFile files;
  @Autowired AuditLog audit;
  @Autowired MutableClock clock;
  @Autowired PackViews packs;
  @Autowired ChildFlags flags;

  PanelScenario s;
  TestPartnership p;

  @BeforeEach
  void setUp() {
    s =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    s.at(FIRST.minusMonths(1));
    p = s.start();
  }

  static LocalDate meeting(int n) {
    return FIRST.plusMonths(2L * n);
  }

  private List<EscalationView> escalationsOf(ChildSummary child) {
    return review.list(s.chair()).stream().filter(e -> e.childId().equals(child.id())).toList();
  }

  @Test
  void threeConsecutivePresentationsWithoutAReductionEscalateOnceAtTheThird() {
    ChildSummary child = fixtures.child(p);

    s.round(meeting(0), Map.of(child, MEDIUM));
    s.round(meeting(1), Map.of(child, HIGH));
    assertThat(escalationsOf(child)).as("after two").isEmpty();

    s.round(meeting(2), Map.of(child, HIGH));
    assertThat(escalationsOf(child))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.presentations())
                  .extracting(EscalationView.Step::meetingOn)
                  .containsExactly(meeting(0), meeting(1), meeting(2));
              assertThat(e.decided()).isFalse();
            });

    s.round(meeting(3), Map.of(child, HIGH));
    assertThat(escalationsOf(child)).as("a fourth starts a new count").hasSize(1);
  }

  @Test
  void aChildPresentedAtTheLatestApprovedMeetingIsFlaggedAsAPanelChildAndOneNeverPresentedIsNot() {
    ChildSummary presented = fixtures.child(p);
    ChildSummary never = fixtures.child(p);

    s.round(meeting(0), Map.of(presented, HIGH));

    assertThat(flags.of(presented.id()))
        .extracting(Flag::code)
        .contains(LanternFlag.CURRENT_PANEL.name());
    assertThat(flags.of(never.id())).extracting(Flag::code).isEmpty();
  }

  @Test
  void aReductionResetsTheCount() {
    ChildSummary child = fixtures.child(p);

    s.round(meeting(0), Map.of(child, HIGH));
    s.round(meeting(1), Map.of(child, HIGH));
    s.round(meeting(2), Map.of(child, MEDIUM));
    assertThat(escalationsOf(child)).isEmpty();

    s.round(meeting(3), Map.of(child, MEDIUM));
    assertThat(escalationsOf(child)).isEmpty();

    s.round(meeting(4), Map.of(child, MEDIUM));
    assertThat(escalationsOf(child))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.presentations())
                    .extracting(EscalationView.Step::meetingOn)
                    .containsExactly(meeting(2), meeting(3), meeting(4)));
  }

  @Test
  void aMeetingTheChildMissedBreaksTheRun() {
    ChildSummary child = fixtures.child(p);
    ChildSummary other = fixtures.child(p);
    s.round(meeting(0), Map.of(child, MEDIUM, other, MEDIUM));
    s.round(meeting(1), Map.of(child, MEDIUM, other, MEDIUM));

    s.at(meeting(2));
    UUID third = s.plannedMeeting(meeting(2));
    meetings.remove(s.coordinator(), third, child.id(), "In hospital: discussed next time.");
    s.agree(third);
    s.present(third, other, PanelDecision.CONTINUE);
    s.approve(third);
    s.round(meeting(3), Map.of(child, MEDIUM));

    assertThat(escalationsOf(child)).isEmpty();
    assertThat(escalationsOf(other)).hasSize(1);
  }

  @Test
  void theCountyManagerRecordsADecisionOnce() {
    ChildSummary child = fixtures.child(p);
    for (int i = 0; i < 3; i++) {
      s.round(meeting(i), Map.of(child, HIGH));
    }
    EscalationView e = escalationsOf(child).getFirst();

    assertThatThrownBy(() -> review.decide(s.chair(), e.id(), e.version(), " "))
        .isInstanceOf(PanelRuleException.class)
        .extracting(x -> ((PanelRuleException) x).messageKey())
        .isEqualTo("panel.error.escalationDecision");
    assertThatThrownBy(() -> review.decide(p.user(Role.SOCIAL_WORKER), e.id(), e.version(), "No."))
        .isInstanceOf(AccessDeniedException.class);

    review.decide(s.chair(), e.id(), e.version(), "Strategy meeting within 5 days.");

    EscalationView decided = review.one(s.chair(), e.id());
    assertThat(decided.decision()).isEqualTo("Strategy meeting within 5 days.");
    assertThat(decided.decidedBy()).isEqualTo(s.chair().displayName());
    assertThatThrownBy(() -> review.decide(s.chair(), e.id(), decided.version(), "Again"))
        .isInstanceOf(PanelRuleException.class);
  }

  @Test
  void aChildClosedAndPutOnAnAgendaAgainShowsTheReReferralCount() {
    ChildSummary child = fixtures.child(p);
    s.at(meeting(0).minusDays(7));
    s.screen(child, MEDIUM);
    UUID first = s.plannedMeeting(meeting(0));
    assertThat(views.agenda(s.coordinator(), first).entries())
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo(AgendaReason.NEW_MEDIUM_HIGH));
    s.agree(first);
    s.present(first, child, PanelDecision.CLOSE);
    s.approve(first);

    s.at(meeting(1).minusDays(7));
    s.screen(child, HIGH);
    UUID second = s.plannedMeeting(meeting(1));

    AgendaEntry back = views.agenda(s.coordinator(), second).entries().getFirst();
    assertThat(back.reason()).isEqualTo(AgendaReason.NEW_MEDIUM_HIGH);
    assertThat(back.reReferrals()).isEqualTo(1);
    s.agree(second);
    s.present(second, child, PanelDecision.CLOSE);
    s.approve(second);

    s.round(meeting(2), Map.of(child, HIGH));
    assertThat(files.open(s.coordinator(), child.id()).indicators())
        .anySatisfy(
            i -> {
              assertThat(i.messageKey()).isEqualTo("panel.indicator.reReferred");
              assertThat(i.arguments()).containsExactly(2);
            });
  }

  @Test
  void theBuilderPutsDueBackChildrenAndPartnerReferralsOnAndLeavesOthersOff() {
    ChildSummary dueBack = fixtures.child(p);
    ChildSummary referred = fixtures.child(p);
    ChildSummary low = fixtures.child(p);
    s.round(meeting(0), Map.of(dueBack, MEDIUM));
    s.at(meeting(1).minusDays(10));
    s.screen(low, RiskLevel.LOW);
    s.screen(referred, MEDIUM);

    UUID id = s.plannedMeeting(meeting(1));

    Map<UUID, AgendaReason> reasons = new LinkedHashMap<>();
    views.agenda(s.coordinator(), id).entries().forEach(e -> reasons.put(e.childId(), e.reason()));
    assertThat(reasons)
        .containsEntry(dueBack.id(), AgendaReason.DUE_BACK)
        .containsEntry(referred.id(), AgendaReason.NEW_MEDIUM_HIGH)
        .doesNotContainKey(low.id());
  }

  @Test
  void anActionWithoutAnOwnerOrDueBeforeTheMeetingIsRefusedAndNothingIsSaved() {
    ChildSummary child = fixtures.child(p);
    s.at(meeting(0).minusDays(7));
    s.screen(child, MEDIUM);
    UUID id = s.plannedMeeting(meeting(0));
    s.agree(id);

    assertThatThrownBy(
            () ->
                s.record(
                    id,
                    child.id(),
                    "Talked.",
                    PanelDecision.CONTINUE,
                    new NewAction("Visit school", null, " ", null, meeting(0).plusDays(7))))
        .isInstanceOf(PanelRuleException.class)
        .satisfies(
            x -> {
              assertThat(((PanelRuleException) x).field()).isEqualTo("actionOwner");
              assertThat(((PanelRuleException) x).messageKey())
                  .isEqualTo("panel.error.actionOwner");
            });
    assertThatThrownBy(
            () ->
                s.record(
                    id,
                    child.id(),
                    "Talked.",
                    PanelDecision.CONTINUE,
                    new NewAction(
                        "Visit school", null, "A. Worker", null, meeting(0).minusDays(1))))
        .isInstanceOf(PanelRuleException.class)
        .extracting(x -> ((PanelRuleException) x).messageKey())
        .isEqualTo("panel.error.actionDueBeforeMeeting");

    MinutesView view = views.minutes(s.coordinator(), id);
    assertThat(view.children())
        .singleElement()
        .satisfies(c -> assertThat(c.presentation()).isNull());

    s.record(
        id,
        child.id(),
        "Talked.",
        PanelDecision.CONTINUE,
        new NewAction("Visit school", p.user(Role.PRACTITIONER).id(), null, null, meeting(0)));
    assertThat(views.minutes(s.coordinator(), id).children().getFirst().presentation().actions())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.ownerName()).isEqualTo(p.user(Role.PRACTITIONER).displayName());
              assertThat(a.dueOn()).isEqualTo(meeting(0));
            });
  }

  @Test
  void approvedMinutesChangeOnlyByAnAmendmentAndAppearOnTheChronology() {
    ChildSummary child = fixtures.child(p);
    UUID id = s.round(meeting(0), Map.of(child, HIGH));

    assertThatThrownBy(() -> s.present(id, child, PanelDecision.CLOSE))
        .isInstanceOf(PanelRuleException.class)
        .extracting(x -> ((PanelRuleException) x).messageKey())
        .isEqualTo("panel.error.minutesApproved");
    assertThatThrownBy(
            () ->
                s.amend(
                    id,
                    child.id(),
                    "Discussed at panel.",
                    PanelDecision.STEP_DOWN,
                    PanelScenario.noAction(),
                    " "))
        .isInstanceOf(PanelRuleException.class)
        .extracting(x -> ((PanelRuleException) x).messageKey())
        .isEqualTo("panel.error.amendReason");

    s.amend(
        id,
        child.id(),
        "Discussed at panel.",
        PanelDecision.STEP_DOWN,
        PanelScenario.noAction(),
        "The chair corrected the decision.");

    MinutesView view = views.minutes(s.coordinator(), id);
    assertThat(view.children().getFirst().presentation().decision())
        .isEqualTo(PanelDecision.STEP_DOWN);
    assertThat(view.amendments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.reason()).isEqualTo("The chair corrected the decision.");
              assertThat(a.changes())
                  .isEqualTo("Decision changed from Continue at panel to Step down");
              assertThat(a.byName()).isEqualTo(s.coordinator().displayName());
            });

    ChildFile.View file = files.open(s.coordinator(), child.id());
    assertThat(file.entries())
        .filteredOn(e -> e.kindKey().equals("panel.chronology.kind"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.summary()).isEqualTo("Discussed at panel.");
              assertThat(e.outcome()).isEqualTo("Step down (minutes amended)");
            });
    assertThat(file.indicators())
        .anySatisfy(i -> assertThat(i.messageKey()).isEqualTo("panel.indicator.current"));
  }

  @Test
  void draftMinutesAreNotOnTheChronologyAndOnlyTheChairApproves() {
    ChildSummary child = fixtures.child(p);
    s.at(meeting(0).minusDays(7));
    s.screen(child, HIGH);
    UUID id = s.plannedMeeting(meeting(0));
    s.agree(id);
    s.present(id, child, PanelDecision.CONTINUE);

    assertThat(files.open(s.coordinator(), child.id()).entries())
        .noneMatch(e -> e.kindKey().equals("panel.chronology.kind"));
    long version = views.summary(s.coordinator(), id).version();
    assertThatThrownBy(() -> approval.approve(s.coordinator(), id, version))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> approval.approve(fixtures.partnership().user(Role.TEAM_MANAGER), id, version))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void readingTheMinutesIsAuditedAsAReadAndRecordingAsTheWrite() {
    ChildSummary child = fixtures.child(p);
    s.at(meeting(0).minusDays(7));
    s.screen(child, HIGH);
    UUID id = s.plannedMeeting(meeting(0));
    s.agree(id);
    s.at(meeting(0));
    views.minutes(s.coordinator(), id);
    views.presentation(s.chair(), id, child.id());

    assertThat(audit.forChild(child.id()))
        .filteredOn(e -> "panel minutes".equals(e.purpose()))
        .hasSize(2)
        .allSatisfy(
            e -> {
              assertThat(e.reading()).isTrue();
              assertThat(e.messageKey()).isEqualTo("auditRead." + e.action().name());
            })
        .extracting(AuditEntry::action)
        .containsExactlyInAnyOrder(AuditAction.RUN_PANEL, AuditAction.APPROVE_PANEL_MINUTES);

    views.agenda(s.coordinator(), id);
    assertThat(audit.forChild(child.id()))
        .filteredOn(e -> "panel agenda".equals(e.purpose()))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.reading()).isTrue());

    s.present(id, child, PanelDecision.CONTINUE);
    assertThat(audit.forChild(child.id()))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.RUN_PANEL);
              assertThat(e.reading()).isFalse();
            });
  }

  @Test
  void thePackIsForMemberAgenciesAndAuditedPerChild() {
    ChildSummary child = fixtures.child(p);
    s.at(meeting(0).minusDays(7));
    s.screen(child, HIGH);
    UUID id = s.plannedMeeting(meeting(0));
    s.agree(id);

    // the panel member is at the school, a member agency
    PackView view = packs.pack(p.user(Role.PANEL_MEMBER), id);
    assertThat(view.children())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.entry().childName()).isEqualTo(child.name());
              assertThat(c.entry().level()).isEqualTo(HIGH);
              assertThat(c.change()).isEqualTo(LevelChange.FIRST);
            });
    assertThat(audit.forChild(child.id()))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.VIEW_PANEL_PACK);
              assertThat(e.userId()).isEqualTo(p.user(Role.PANEL_MEMBER).id());
            });

    panels.configure(
        s.coordinator(),
        s.panelId(),
        s.settings(s.chair().id(), Set.of(p.policeId()), 2, null),
        panels.of(s.coordinator(), s.panelId()).version());
    assertThatThrownBy(() -> packs.pack(p.user(Role.PANEL_MEMBER), id))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> packs.pack(p.user(Role.POLICE), id))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aPartnerReferralCarriesTheirOwnLevelAndGoesOnTheAgendaOnlyOnceTheCoordinatorAcceptsIt() {
    ChildSummary unscreened = fixtures.child(p);
    s.at(meeting(0).minusMonths(1));

    for (RiskLevel level : new RiskLevel[] {null, RiskLevel.LOW}) {
      assertThatThrownBy(
              () ->
                  referrals.record(
                      s.coordinator(),
                      unscreened.id(),
                      p.policeId(),
                      "PC Example",
                      "Seen at the station.",
                      level))
          .as("seed 002 ¶97: partners refer medium or high")
          .isInstanceOf(PanelRuleException.class)
          .extracting(x -> ((PanelRuleException) x).messageKey())
          .isEqualTo("panel.error.partnerLevel");
    }
    UUID referral =
        referrals.record(
            s.coordinator(),
            unscreened.id(),
            p.policeId(),
            "PC Example",
            "Seen at the station.",
            HIGH);

    UUID id = s.plannedMeeting(meeting(0));
    assertThat(views.agenda(s.coordinator(), id).entries()).as("received, not accepted").isEmpty();
    assertThat(referrals.received(s.coordinator()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.childId()).isEqualTo(unscreened.id());
              assertThat(r.partnerLevel()).isEqualTo(HIGH);
              assertThat(r.panelName()).isEqualTo(s.area());
            });

    DirectReferrals.Accepted done = referrals.accept(s.coordinator(), referral, 0);
    assertThat(done.meetingId()).isEqualTo(id);
    assertThat(done.meetingOn()).isEqualTo(meeting(0));
    assertThat(views.agenda(s.coordinator(), id).entries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.childId()).isEqualTo(unscreened.id());
              assertThat(e.reason()).isEqualTo(AgendaReason.PARTNER_REFERRAL);
              assertThat(e.detail()).isEqualTo("Seen at the station.");
              assertThat(e.level()).as("no Lantern screening").isEqualTo(RiskLevel.NONE);
            });
    assertThat(referrals.received(s.coordinator())).isEmpty();
    assertThatThrownBy(() -> referrals.accept(s.coordinator(), referral, 1))
        .isInstanceOf(PanelRuleException.class)
        .extracting(x -> ((PanelRuleException) x).messageKey())
        .isEqualTo("panel.error.referralDecided");
    assertThatThrownBy(
            () ->
                referrals.record(
                    p.user(Role.POLICE), unscreened.id(), p.policeId(), "PC", "x", HIGH))
        .as("refused by role before any field is read")
        .isInstanceOf(AccessDeniedForRole.class);
  }

  @Test
  void aDeclinedReferralNeedsItsReasonAndNeverReachesTheAgenda() {
    ChildSummary child = fixtures.child(p);
    s.at(meeting(0).minusMonths(1));
    UUID referral =
        referrals.record(
            s.coordinator(), child.id(), p.trustId(), "Nurse Example", "Seen at A&E.", MEDIUM);

    assertThatThrownBy(() -> referrals.decline(s.coordinator(), referral, " ", 0))
        .isInstanceOf(PanelRuleException.class)
        .extracting(x -> ((PanelRuleException) x).messageKey())
        .isEqualTo("panel.error.declineReason");
    assertThat(referrals.received(s.coordinator())).hasSize(1);

    referrals.decline(s.coordinator(), referral, "Already open to the panel.", 0);
    assertThat(referrals.received(s.coordinator())).isEmpty();
    UUID id = s.plannedMeeting(meeting(0));
    assertThat(views.agenda(s.coordinator(), id).entries()).isEmpty();
  }

  @Test
  void thePanelAgreesALevelOtherThanTheScreeningsOnlyWithTheReason() {
    ChildSummary child = fixtures.child(p);
    s.at(meeting(0).minusDays(7));
    s.screen(child, MEDIUM);
    UUID id = s.plannedMeeting(meeting(0));
    s.agree(id);

    assertThatThrownBy(
            () ->
                minutes.recordPresentation(
                    s.coordinator(),
                    id,
                    child.id(),
                    Minutes.NONE,
                    "Police report new contact with an adult of concern.",
                    PanelDecision.CONTINUE,
                    new AgreedLevel(HIGH, " "),
                    PanelScenario.noAction()))
        .isInstanceOf(PanelRuleException.class)
        .extracting(x -> ((PanelRuleException) x).messageKey())
        .isEqualTo("panel.error.levelReason");
    assertThat(views.minutes(s.coordinator(), id).children().getFirst().presentation())
        .as("nothing saved")
        .isNull();

    minutes.recordPresentation(
        s.coordinator(),
        id,
        child.id(),
        Minutes.NONE,
        "Police report new contact with an adult of concern.",
        PanelDecision.CONTINUE,
        new AgreedLevel(HIGH, "New contact with an adult named on a notice since the screening."),
        PanelScenario.noAction());
    MinutesView.Presentation saved =
        views.minutes(s.coordinator(), id).children().getFirst().presentation();
    assertThat(saved.level()).isEqualTo(HIGH);
    assertThat(saved.screeningLevel()).isEqualTo(MEDIUM);
    assertThat(saved.levelReason()).startsWith("New contact");

    minutes.recordPresentation(
        s.coordinator(),
        id,
        child.id(),
        saved.version(),
        "Back to the screening's level.",
        PanelDecision.CONTINUE,
        new AgreedLevel(MEDIUM, "ignored when the levels agree"),
        PanelScenario.noAction());
    MinutesView.Presentation again =
        views.minutes(s.coordinator(), id).children().getFirst().presentation();
    assertThat(again.level()).isEqualTo(MEDIUM);
    assertThat(again.levelReason()).isNull();
  }

  @Test
  void twoPeopleRecordingTheSameChildAtOnceDoNotOverwriteEachOther() {
    ChildSummary child = fixtures.child(p);
    s.at(meeting(0).minusDays(7));
    s.screen(child, MEDIUM);
    UUID id = s.plannedMeeting(meeting(0));
    s.agree(id);

    minutes.recordPresentation(
        s.coordinator(),
        id,
        child.id(),
        Minutes.NONE,
        "First.",
        PanelDecision.CONTINUE,
        null,
        PanelScenario.noAction());

    assertThatThrownBy(
            () ->
                minutes.recordPresentation(
                    s.coordinator(),
                    id,
                    child.id(),
                    Minutes.NONE,
                    "Second.",
                    PanelDecision.CLOSE,
                    null,
                    PanelScenario.noAction()))
        .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    MinutesView.Presentation saved =
        views.minutes(s.coordinator(), id).children().getFirst().presentation();
    assertThat(saved.discussion()).isEqualTo("First.");

    minutes.recordPresentation(
        s.coordinator(),
        id,
        child.id(),
        saved.version(),
        "Second.",
        PanelDecision.CLOSE,
        null,
        PanelScenario.noAction());
    assertThat(views.minutes(s.coordinator(), id).children().getFirst().presentation().decision())
        .isEqualTo(PanelDecision.CLOSE);
  }

  @Autowired DirectReferrals referrals;
  @Autowired PanelRounds rounds;

  @Test
  void theReadApiGivesRoundsPresentationsEscalationsAndOverdueActions() {
    ChildSummary child = fixtures.child(p);
    s.round(meeting(0), Map.of(child, MEDIUM));
    s.at(meeting(1).minusDays(7));
    s.screen(child, HIGH);
    UUID second = s.plannedMeeting(meeting(1));
    s.agree(second);
    minutes.recordAttendance(
        s.coordinator(),
        second,
        List.of(
            new Minutes.AttendanceInput(p.policeId(), true, "PC A"),
            new Minutes.AttendanceInput(p.schoolId(), false, null)));
    s.record(
        second,
        child.id(),
        "Worse.",
        PanelDecision.CONTINUE,
        new NewAction("Visit", null, "A. Worker", null, meeting(1).plusDays(10)));
    s.approve(second);
    s.round(meeting(2), Map.of(child, HIGH));

    List<PanelRounds.Round> list = rounds.rounds(p.id(), p.districtId());
    assertThat(list)
        .extracting(PanelRounds.Round::meetingOn)
        .containsExactly(meeting(0), meeting(1), meeting(2));
    assertThat(list.get(1).agenciesAttended()).isEqualTo(1);
    assertThat(list.get(1).memberAgencies()).isEqualTo(3);
    assertThat(rounds.presentations(second))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(HIGH);
              assertThat(f.previousLevel()).isEqualTo(MEDIUM);
              assertThat(f.change()).isEqualTo(LevelChange.UP);
              assertThat(f.reason()).isEqualTo(AgendaReason.DUE_BACK);
            });
    assertThat(rounds.escalations(p.id(), s.panelId()))
        .singleElement()
        .satisfies(e -> assertThat(e.childId()).isEqualTo(child.id()));
    assertThat(rounds.overdueActions(p.id(), s.panelId(), meeting(1).plusDays(10))).isEmpty();
    assertThat(rounds.overdueActions(p.id(), s.panelId(), meeting(1).plusDays(11)))
        .singleElement()
        .satisfies(a -> assertThat(a.meetingId()).isEqualTo(second));
    assertThat(rounds.rounds(fixtures.partnership().id(), p.districtId())).isEmpty();
  }
}
