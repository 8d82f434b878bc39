package org.lantern.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccessDeniedForRole;
import org.lantern.access.AccessPolicy;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.Permission;
import org.lantern.access.Role;
import org.lantern.notify.Inbox;
import org.lantern.notify.NotificationKind;
import org.lantern.people.ChildFile;
import org.lantern.people.ChildSummary;
import org.lantern.referral.FrontDoor;
import org.lantern.referral.ThresholdDecision;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Routing by the front door's decision, allocation, and the access each starts. */
@IntegrationTest
class CaseworkIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired TeamRouting routing;
  @Autowired FrontDoor frontDoor;
  @Autowired Allocation allocation;
  @Autowired Cases cases;
  @Autowired AccessPolicy policy;
  @Autowired Inbox inbox;
  @Autowired ChildFile childFile;
  @Autowired JdbcClient jdbc;
  @Autowired MutableClock clock;

  CaseworkScenario s;

  @BeforeEach
  void setUp() {
    clock.reset();
    s = new CaseworkScenario(fixtures, directory, routing, frontDoor);
  }

  @Test
  void anExploitationPathwayGoesToTheDistrictsTeamByDefault() {
    ChildSummary child = s.decided(ThresholdDecision.EXPLOITATION_PATHWAY, null);

    CaseView c = caseOf(child);
    assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_ALLOCATION);
    assertThat(c.teamId()).isEqualTo(s.p.teamId());
    assertThat(c.decisionReasons()).isEqualTo("Reasons for EXPLOITATION_PATHWAY");
    assertThat(allocation.queue(s.manager, CaseList.queue()).rows())
        .extracting(CaseView::childId)
        .contains(child.id());
    assertThat(allocation.queue(s.otherManager, CaseList.queue()).rows()).isEmpty();
  }

  @Test
  void aStrategyDiscussionGoesToTheTeamTheFrontDoorChose() {
    ChildSummary child = s.decided(ThresholdDecision.STRATEGY_DISCUSSION, s.otherTeam);

    assertThat(caseOf(child).teamId()).isEqualTo(s.otherTeam);
    assertThat(allocation.queue(s.otherManager, CaseList.queue()).rows())
        .extracting(CaseView::childId)
        .containsExactly(child.id());
  }

  @Test
  void earlyHelpGoesToTheEarlyHelpTeam() {
    ChildSummary child = s.decided(ThresholdDecision.EARLY_HELP, null);

    assertThat(caseOf(child).teamId()).isEqualTo(s.earlyHelpTeam);
  }

  @Test
  void noFurtherActionClosesAndQueuesNothing() {
    ChildSummary child = s.decided(ThresholdDecision.NO_FURTHER_ACTION, null);

    CaseView c = caseOf(child);
    assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(c.teamId()).isNull();
    assertThat(allocation.queue(s.manager, CaseList.queue()).matching()).isZero();
  }

  @Test
  void theQueueIsOldestFirstWithTheDecisionAndItsReasons() {
    ChildSummary first = s.decided(ThresholdDecision.EXPLOITATION_PATHWAY, null);
    clock.advance(Duration.ofHours(1));
    ChildSummary second = s.decided(ThresholdDecision.STRATEGY_DISCUSSION, null);

    List<CaseView> rows = allocation.queue(s.manager, CaseList.queue()).rows();
    assertThat(rows).extracting(CaseView::childId).containsExactly(first.id(), second.id());
    assertThat(rows.get(1).decision()).isEqualTo(ThresholdDecision.STRATEGY_DISCUSSION);
    assertThat(rows.get(1).decisionReasons()).isEqualTo("Reasons for STRATEGY_DISCUSSION");
  }

  @Test
  void allocationLetsTheWorkerOpenTheFileTellsThemAndIsOnTheChronologyAndTheAudit() {
    ChildSummary child = s.decided(ThresholdDecision.EXPLOITATION_PATHWAY, null);
    CaseView c = caseOf(child);
    CurrentUser outsider = s.otherWorker;
    assertThat(mayOpen(outsider, child)).isFalse();

    allocation.allocate(s.manager, c.id(), c.version(), s.worker.id());

    CaseView allocated = caseOf(child);
    assertThat(allocated.status()).isEqualTo(CaseStatus.ALLOCATED);
    assertThat(allocated.workerId()).isEqualTo(s.worker.id());
    assertThat(allocated.allocatedByName()).isEqualTo(s.manager.displayName());
    assertThat(mayOpen(s.worker, child)).isTrue();
    assertThat(inbox.page(s.worker, Inbox.Query.all()).items().rows())
        .anySatisfy(i -> assertThat(i.kind()).isEqualTo(NotificationKind.CASE_ALLOCATED));
    assertThat(childFile.open(s.worker, child.id()).entries())
        .anySatisfy(e -> assertThat(e.title()).isEqualTo("Allocated to a worker"));
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where action = 'ALLOCATE_CASE'"
                        + " and outcome = 'ALLOWED' and child_id = :child and user_id = :user")
                .param("child", child.id())
                .param("user", s.manager.id())
                .query(Long.class)
                .single())
        .isEqualTo(1L);
    assertThat(allocation.queue(s.manager, CaseList.queue()).rows()).isEmpty();
  }

  @Test
  void aWorkerOutsideTheTeamIsRefusedAndNothingIsSaved() {
    ChildSummary child = s.decided(ThresholdDecision.EXPLOITATION_PATHWAY, null);
    CaseView c = caseOf(child);

    assertThatThrownBy(
            () -> allocation.allocate(s.manager, c.id(), c.version(), s.otherWorker.id()))
        .isInstanceOfSatisfying(
            CaseRuleException.class,
            e -> {
              assertThat(e.field()).isEqualTo("worker");
              assertThat(e.code()).isEqualTo("casework.allocate.worker.notInTeam");
            });

    assertThat(caseOf(child).status()).isEqualTo(CaseStatus.AWAITING_ALLOCATION);
    assertThat(mayOpen(s.otherWorker, child)).isFalse();
  }

  @Test
  void aManagerOfAnotherTeamCannotAllocateAndTheRefusalIsAudited() {
    ChildSummary child = s.decided(ThresholdDecision.EXPLOITATION_PATHWAY, null);
    CaseView c = caseOf(child);

    assertThatThrownBy(
            () -> allocation.allocate(s.otherManager, c.id(), c.version(), s.otherWorker.id()))
        .isInstanceOf(AccessDeniedForRole.class);

    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where action = 'ALLOCATE_CASE'"
                        + " and outcome = 'REFUSED' and basis = 'NOT_TEAM_MANAGER'"
                        + " and user_id = :user")
                .param("user", s.otherManager.id())
                .query(Long.class)
                .single())
        .isEqualTo(1L);
  }

  @Test
  void theSecondOfTwoManagersIsToldWhoAllocatedAndNothingOfTheirsIsSaved() {
    ChildSummary child = s.decided(ThresholdDecision.EXPLOITATION_PATHWAY, null);
    CaseView c = caseOf(child);
    CurrentUser deputy = s.person(Role.TEAM_MANAGER, s.p.teamId(), "Deputy manager");

    allocation.allocate(s.manager, c.id(), c.version(), s.worker.id());

    assertThatThrownBy(() -> allocation.allocate(deputy, c.id(), c.version(), s.secondWorker.id()))
        .isInstanceOfSatisfying(
            CaseChangedException.class,
            e -> {
              assertThat(e.current().allocatedByName()).isEqualTo(s.manager.displayName());
              assertThat(e.current().workerName()).isEqualTo(s.worker.displayName());
            });
    assertThat(caseOf(child).workerId()).isEqualTo(s.worker.id());
    assertThat(mayOpen(s.secondWorker, child)).isTrue(); // through the team, not as its worker
  }

  @Test
  void theCouncilsReferenceIsRecorded() {
    ChildSummary child = s.decided(ThresholdDecision.EXPLOITATION_PATHWAY, null);
    CaseView c = caseOf(child);
    allocation.allocate(s.manager, c.id(), c.version(), s.worker.id());

    cases.recordReference(s.worker, c.id(), caseOf(child).version(), "LCS-123456");

    assertThat(caseOf(child).councilReference()).isEqualTo("LCS-123456");
  }

  CaseView caseOf(ChildSummary child) {
    UUID id = cases.caseOf(child.id());
    assertThat(id).as("a case for the child").isNotNull();
    return cases.open(s.frontDoor, id).c();
  }

  boolean mayOpen(CurrentUser user, ChildSummary child) {
    return policy.decide(user, Permission.VIEW_CHILD_RECORD, child.ref()).allowed();
  }
}
