package org.lantern.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.Role;
import org.lantern.panel.MeetingViews;
import org.lantern.panel.Meetings;
import org.lantern.panel.Minutes;
import org.lantern.panel.MinutesApproval;
import org.lantern.panel.NewAction;
import org.lantern.panel.PanelDecision;
import org.lantern.panel.PanelScenario;
import org.lantern.panel.Panels;
import org.lantern.people.ChildFile;
import org.lantern.people.ChildSummary;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.ThresholdDecision;
import org.lantern.risk.ScreeningTools;
import org.lantern.risk.Screenings;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Transfer, closure and reopening: the access each ends or starts, and the bad inputs. */
@IntegrationTest
class CaseTransferAndClosureIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired TeamRouting routing;
  @Autowired FrontDoor frontDoor;
  @Autowired Allocation allocation;
  @Autowired Cases cases;
  @Autowired AccessPolicy policy;
  @Autowired ChildFile childFile;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;
  @Autowired ScreeningTools tools;
  @Autowired Screenings screenings;
  @Autowired Panels panels;
  @Autowired Meetings meetings;
  @Autowired Minutes minutes;
  @Autowired MinutesApproval approval;
  @Autowired MeetingViews views;

  CaseworkScenario s;

  @BeforeEach
  void setUp() {
    clock.reset();
    s = new CaseworkScenario(fixtures, directory, routing, frontDoor);
  }

  @Test
  void transferToAnotherWorkerEndsTheOldWorkersAccessAndStartsTheNewOnes() {
    ChildSummary child = allocated(s.worker);
    CurrentUser elsewhere = s.person(Role.SOCIAL_WORKER, null, "Worker without a team");
    UUID id = cases.caseOf(child.id());
    // the old worker moves to no team, so only the worker relationship gave access
    CaseView c = view(id);

    cases.transferToWorker(s.manager, id, c.version(), s.secondWorker.id());

    assertThat(view(id).workerId()).isEqualTo(s.secondWorker.id());
    assertThat(mayOpen(elsewhere, child)).isFalse();
    assertThat(
            jdbc.sql(
                    "select count(*) from child_relationship where child_id = :child"
                        + " and user_id = :user and kind = 'ALLOCATED_WORKER'"
                        + " and ended_at is not null")
                .param("child", child.id())
                .param("user", s.worker.id())
                .query(Long.class)
                .single())
        .isEqualTo(1L);
    assertThat(childFile.open(s.secondWorker, child.id()).entries())
        .anySatisfy(e -> assertThat(e.title()).isEqualTo("Transferred to another worker"));
    assertThat(auditRows("TRANSFER_CASE", child)).isEqualTo(1L);
  }

  @Test
  void aWorkerCannotTransferACaseToThemselves() {
    ChildSummary child = allocated(s.worker);
    UUID id = cases.caseOf(child.id());

    assertThatThrownBy(
            () -> cases.transferToWorker(s.worker, id, view(id).version(), s.worker.id()))
        .isInstanceOfSatisfying(
            CaseRuleException.class,
            e -> assertThat(e.code()).isEqualTo("casework.transfer.worker.self"));
    assertThat(view(id).workerId()).isEqualTo(s.worker.id());
  }

  @Test
  void transferToAnotherTeamEndsTheOldTeamsAccessAndQueuesTheChildThere() {
    ChildSummary child = allocated(s.worker);
    UUID id = cases.caseOf(child.id());
    assertThat(mayOpen(s.otherWorker, child)).isFalse();

    cases.transferToTeam(s.worker, id, view(id).version(), s.otherTeam);

    assertThat(mayOpen(s.worker, child)).isFalse();
    assertThat(mayOpen(s.secondWorker, child)).isFalse();
    assertThat(mayOpen(s.otherWorker, child)).isTrue();
    assertThat(allocation.queue(s.otherManager, CaseList.queue()).rows())
        .extracting(CaseView::childId)
        .containsExactly(child.id());
    CaseView moved = view(id);
    allocation.allocate(s.otherManager, id, moved.version(), s.otherWorker.id());
    assertThat(view(id).workerId()).isEqualTo(s.otherWorker.id());
  }

  @Test
  void transferToAnotherAuthorityEndsOurCase() {
    ChildSummary child = allocated(s.worker);
    UUID id = cases.caseOf(child.id());

    cases.transferOut(s.worker, id, view(id).version(), "Northshire Children's Services");

    CaseView c = view(id);
    assertThat(c.status()).isEqualTo(CaseStatus.TRANSFERRED_OUT);
    assertThat(c.otherAuthority()).isEqualTo("Northshire Children's Services");
    assertThat(mayOpen(s.worker, child)).isFalse();
  }

  @Test
  void closingEndsAccessAndANewConcernReopensTheCase() {
    ChildSummary child = allocated(s.worker);
    UUID id = cases.caseOf(child.id());

    cases.close(s.worker, id, view(id).version(), "Risk reduced; family engaged.", null);

    assertThat(view(id).status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(mayOpen(s.worker, child)).isFalse();
    assertThat(auditRows("CLOSE_CASE", child)).isEqualTo(1L);

    s.decide(child, ThresholdDecision.EXPLOITATION_PATHWAY, null);

    CaseView reopened = view(id);
    assertThat(reopened.status()).isEqualTo(CaseStatus.AWAITING_ALLOCATION);
    assertThat(reopened.wasReopened()).isTrue();
    assertThat(allocation.queue(s.manager, CaseList.queue()).rows())
        .extracting(CaseView::childId)
        .containsExactly(child.id());
    assertThat(childFile.open(s.manager, child.id()).entries())
        .anySatisfy(e -> assertThat(e.title()).isEqualTo("Reopened by a new concern"));
  }

  @Test
  void aLaterDecisionLeavesAnOpenCaseWithItsWorker() {
    ChildSummary child = allocated(s.worker);

    s.decide(child, ThresholdDecision.NO_FURTHER_ACTION, null);

    assertThat(view(cases.caseOf(child.id())).workerId()).isEqualTo(s.worker.id());
  }

  @Test
  void closingWithOpenPanelActionsNeedsWordOnWhatHappensToThemAndSavesNothingWithout() {
    PanelScenario panel =
        new PanelScenario(
            fixtures, tools, screenings, panels, meetings, minutes, approval, views, clock);
    LocalDate day = LocalDate.of(2026, 2, 11);
    panel.at(day.minusMonths(1));
    s = new CaseworkScenario(panel.start(), fixtures, directory, routing, frontDoor);
    ChildSummary child = allocated(s.worker);
    UUID meeting = panel.plannedMeeting(day);
    meetings.add(panel.coordinator(), meeting, child.id(), "For the test.");
    panel.agree(meeting);
    minutes.recordPresentation(
        panel.coordinator(),
        meeting,
        child.id(),
        null,
        "Discussed at panel.",
        PanelDecision.CONTINUE,
        null,
        new NewAction("Visit school", s.worker.id(), null, null, day.plusDays(14)));
    UUID id = cases.caseOf(child.id());

    assertThatThrownBy(() -> cases.close(s.worker, id, view(id).version(), "Moving on.", null))
        .isInstanceOfSatisfying(
            CaseRuleException.class,
            e -> {
              assertThat(e.field()).isEqualTo("actionsPlan");
              assertThat(e.code()).isEqualTo("casework.close.actionsPlan.required");
            });
    assertThat(view(id).status()).isEqualTo(CaseStatus.ALLOCATED);
    assertThat(mayOpen(s.worker, child)).isTrue();

    cases.close(
        s.worker, id, view(id).version(), "Moving on.", "The school's lead keeps the visit.");
    assertThat(view(id).closeReason()).contains("The school's lead keeps the visit.");
  }

  ChildSummary allocated(CurrentUser worker) {
    ChildSummary child = s.decided(ThresholdDecision.EXPLOITATION_PATHWAY, null);
    UUID id = cases.caseOf(child.id());
    allocation.allocate(s.manager, id, view(id).version(), worker.id());
    return child;
  }

  CaseView view(UUID caseId) {
    return cases.open(s.frontDoor, caseId).c();
  }

  boolean mayOpen(CurrentUser user, ChildSummary child) {
    return policy.decide(user, Permission.VIEW_CHILD_RECORD, child.ref()).allowed();
  }

  long auditRows(String action, ChildSummary child) {
    return jdbc.sql(
            "select count(*) from audit_event where action = :action and outcome = 'ALLOWED'"
                + " and child_id = :child")
        .param("action", action)
        .param("child", child.id())
        .query(Long.class)
        .single();
  }
}
