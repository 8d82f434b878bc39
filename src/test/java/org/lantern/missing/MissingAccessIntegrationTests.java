package org.lantern.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AccessDeniedForRole;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditEntry;
import org.lantern.access.AuditLog;
import org.lantern.access.CurrentUser;
import org.lantern.access.Role;
import org.lantern.intelligence.AbductionNotices;
import org.lantern.intelligence.NoticeRegisters;
import org.lantern.people.ChildSummary;
import org.lantern.platform.FinancialQuarter;
import org.lantern.platform.RecordNotFoundException;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may read the missing module's pages, and that each read is audited. The episode page names a
 * child's episode: its recorder's agency only, through the access policy. The queue names children:
 * missing-service workers only, audited as a worklist. The figures and the notice register name no
 * child: their roles only, audited.
 */
@IntegrationTest
class MissingAccessIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired Episodes episodes;
  @Autowired ReturnInterviews interviews;
  @Autowired ReturnInterviewQueue queue;
  @Autowired MissingFigures figures;
  @Autowired AbductionNotices notices;
  @Autowired NoticeRegisters registers;
  @Autowired AuditLog audit;
  @Autowired MutableClock clock;

  TestPartnership p;

  @BeforeEach
  void setUp() {
    clock.set(MissingIntegrationTests.at(2026, 11, 18, 12, 0));
    p = fixtures.partnership();
  }

  @Test
  void theEpisodePageIsForTheRecordingAgencyAndEveryReadIsAudited() {
    ChildSummary child = fixtures.child(p);
    CurrentUser police = p.user(Role.POLICE);
    UUID id = record(police, child);

    assertThat(episodes.view(police, id).policeReference()).isEqualTo("MP-2026-700001");
    assertThat(audit.forChild(child.id()))
        .filteredOn(e -> "see the missing episode recorded".equals(e.purpose()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.ALLOWED);
              assertThat(e.action()).isEqualTo(AuditAction.RECORD_MISSING_EPISODE);
              assertThat(e.userId()).isEqualTo(police.id());
            });

    // The front door, a school and the missing service did not record it; nor did another
    // partnership's police (even guessing the id).
    List<CurrentUser> others =
        new ArrayList<>(
            List.of(
                p.user(Role.FRONT_DOOR),
                p.user(Role.PRACTITIONER),
                p.user(Role.MISSING_SERVICE_WORKER),
                p.user(Role.EXPLOITATION_COORDINATOR)));
    others.add(fixtures.partnership().user(Role.POLICE));
    for (CurrentUser other : others) {
      assertThatThrownBy(() -> episodes.view(other, id))
          .as(other.role().name())
          .isInstanceOf(RecordNotFoundException.class);
    }
  }

  @Test
  void aSchoolSeesTheMissingFromEducationEpisodeItRecordedAndThePoliceDoNot() {
    ChildSummary child = fixtures.child(p);
    CurrentUser school = p.user(Role.PRACTITIONER);
    UUID id =
        episodes
            .record(
                school,
                null,
                new EpisodeDetails(
                    child.id(),
                    "MP-2026-700002",
                    MissingFrom.SCHOOL,
                    MissingIntegrationTests.at(2026, 11, 17, 10, 0),
                    null,
                    MissingIntegrationTests.at(2026, 11, 17, 14, 0),
                    null,
                    null,
                    null,
                    RiskGrading.LOW))
            .episodeId();

    assertThat(episodes.view(school, id).missingFrom()).isEqualTo(MissingFrom.SCHOOL);
    assertThatThrownBy(() -> episodes.view(p.user(Role.POLICE), id))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void theQueueNamesChildrenSoOnlyTheMissingServiceSeesItAndItIsAudited() {
    ChildSummary child = fixtures.child(p);
    record(p.user(Role.POLICE), child);
    CurrentUser worker = p.user(Role.MISSING_SERVICE_WORKER);
    Instant before = clock.instant();

    assertThat(queued(worker, child)).extracting(r -> r.child().id()).contains(child.id());
    List<AuditEntry> logged = new ArrayList<>();
    audit.forPartnership(p.id(), before, before.plusSeconds(1), logged::add);
    assertThat(logged)
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.VIEW_WORKLIST);
              assertThat(e.recordType()).isEqualTo("RETURN_INTERVIEW_QUEUE");
              assertThat(e.userId()).isEqualTo(worker.id());
            });

    for (Role role :
        List.of(Role.POLICE, Role.FRONT_DOOR, Role.PRACTITIONER, Role.STRATEGIC_LEAD)) {
      assertThatThrownBy(() -> queue.page(p.user(role), ReturnInterviewQueue.Query.all()))
          .as(role.name())
          .isInstanceOf(AccessDeniedForRole.class);
      assertThat(queue.overdue(p.user(role))).isZero();
    }
  }

  @Test
  void figuresAndTheRegisterAreForTheirRolesOnly() {
    FinancialQuarter q = FinancialQuarter.of(LocalDate.of(2026, 11, 18));
    for (Role role :
        List.of(
            Role.MISSING_SERVICE_WORKER,
            Role.POLICE,
            Role.EXPLOITATION_COORDINATOR,
            Role.TEAM_MANAGER,
            Role.STRATEGIC_LEAD)) {
      assertThat(figures.quarter(p.user(role), q).quarter()).isEqualTo(q);
    }
    for (Role role : List.of(Role.PRACTITIONER, Role.FRONT_DOOR, Role.SOCIAL_WORKER)) {
      assertThatThrownBy(() -> figures.quarter(p.user(role), q))
          .as(role.name())
          .isInstanceOf(AccessDeniedForRole.class);
    }
    for (Role role : List.of(Role.POLICE, Role.EXPLOITATION_COORDINATOR)) {
      assertThat(registers.register(p.user(role), 2026, NoticeRegisters.Query.first()).year())
          .isEqualTo(2026);
    }
    for (Role role :
        List.of(
            Role.MISSING_SERVICE_WORKER, Role.PRACTITIONER, Role.FRONT_DOOR, Role.STRATEGIC_LEAD)) {
      assertThatThrownBy(
              () -> registers.register(p.user(role), 2026, NoticeRegisters.Query.first()))
          .as(role.name())
          .isInstanceOf(AccessDeniedForRole.class);
    }
  }

  private UUID record(CurrentUser police, ChildSummary child) {
    return episodes
        .record(
            police,
            null,
            new EpisodeDetails(
                child.id(),
                "MP-2026-700001",
                MissingFrom.HOME,
                MissingIntegrationTests.at(2026, 11, 16, 22, 0),
                "Home address",
                MissingIntegrationTests.at(2026, 11, 17, 8, 0),
                "Town centre",
                null,
                null,
                RiskGrading.MEDIUM))
        .episodeId();
  }

  /** The queue's rows for this child, found by name as a worker would search. */
  private List<ReturnInterviewQueue.Row> queued(CurrentUser worker, ChildSummary child) {
    return queue
        .page(
            worker,
            new ReturnInterviewQueue.Query(
                1, child.name(), null, null, ReturnInterviewQueue.Query.sort(null)))
        .rows()
        .rows();
  }
}
