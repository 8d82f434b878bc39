package org.lantern.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.testing.ChildBuilder.aChild;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.access.AuditAction;
import org.lantern.access.AuditLog;
import org.lantern.access.Role;
import org.lantern.notify.Inbox;
import org.lantern.notify.NotificationKind;
import org.lantern.people.ChildSummary;
import org.lantern.people.NhsNumber;
import org.lantern.people.Sex;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ConcernSubmissionIntegrationTests {

  @Autowired Fixtures fixtures;
  @Autowired ConcernSubmission submission;
  @Autowired Referrals referrals;
  @Autowired Inbox inbox;
  @Autowired AuditLog audit;
  @Autowired MutableClock clock;

  TestPartnership p;
  ChildSummary child;

  @BeforeEach
  void setUp() {
    clock.reset();
    p = fixtures.partnership();
    child = fixtures.child(p);
  }

  @Test
  void aSubmittedConcernIsCommittedAuditedAndListedForTheReferrer() {
    var teacher = p.user(Role.PRACTITIONER);
    UUID id = fixtures.concern(teacher, child, RiskIndicator.MISSING);

    var mine = referrals.mine(teacher, Referrals.MineQuery.all()).rows();
    assertThat(mine).extracting(r -> r.concern().id()).containsExactly(id);
    assertThat(mine.getFirst().concern().status()).isEqualTo(ConcernStatus.NEW);
    assertThat(audit.forChild(child.id()))
        .anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.RAISE_CONCERN));
  }

  @Test
  void theSameFormSubmittedTwiceMakesOneConcern() {
    var teacher = p.user(Role.PRACTITIONER);
    String token = UUID.randomUUID().toString();
    ConcernContent content =
        new ConcernContent("What happened", LocalDate.now(), null, false, Set.of());

    UUID first =
        submission.raise(teacher, ChildChoice.existing(child.id()), content, token, List.of());
    UUID second =
        submission.raise(teacher, ChildChoice.existing(child.id()), content, token, List.of());

    assertThat(second).isEqualTo(first);
    assertThat(referrals.mine(teacher, Referrals.MineQuery.all()).rows()).hasSize(1);
  }

  @Test
  void theSameFormPostedAgainWithChangesIsRefusedNotSilentlyDropped() {
    var teacher = p.user(Role.PRACTITIONER);
    String token = UUID.randomUUID().toString();
    UUID first =
        submission.raise(
            teacher,
            ChildChoice.existing(child.id()),
            new ConcernContent("Seen in a car", LocalDate.now(), null, false, Set.of()),
            token,
            List.of());

    assertThatThrownBy(
            () ->
                submission.raise(
                    teacher,
                    ChildChoice.existing(child.id()),
                    new ConcernContent(
                        "Seen in a car, plate AB12 CDE", LocalDate.now(), null, false, Set.of()),
                    token,
                    List.of()))
        .isInstanceOfSatisfying(
            ConcernSubmission.FormAlreadySubmittedException.class,
            e -> assertThat(e.concernId()).isEqualTo(first));
    assertThat(referrals.mine(teacher, Referrals.MineQuery.all()).rows()).hasSize(1);
  }

  @Test
  void aChildDescribedWithOnlyTheNhsNumberAndBirthDateOfAKnownChildIsNotPutOnThatChild() {
    var teacher = p.user(Role.PRACTITIONER);
    var described =
        aChild("Bee", "Otherwise")
            .sex(Sex.FEMALE)
            .born(child.dateOfBirth())
            .nhs(new NhsNumber(child.nhsNumber()))
            .build();

    UUID id =
        submission.raise(
            teacher,
            ChildChoice.described(described),
            new ConcernContent("What happened", LocalDate.now(), null, false, Set.of()),
            UUID.randomUUID().toString(),
            List.of());

    // other names: a new record, for the front door to join if it is the same child
    assertThat(referrals.one(teacher, id).child().id()).isNotEqualTo(child.id());
  }

  @Test
  void aConcernNamingExploitationReachesTheCoordinatorsInboxOnSubmission() {
    UUID id = fixtures.concern(p.user(Role.PRACTITIONER), child, RiskIndicator.SEXUAL_EXPLOITATION);
    UUID other = fixtures.concern(p.user(Role.PRACTITIONER), child, RiskIndicator.ONLINE_HARM);

    var items = inbox.page(p.user(Role.EXPLOITATION_COORDINATOR), Inbox.Query.all()).items().rows();
    assertThat(items).extracting(i -> i.concern().id()).containsExactly(id).doesNotContain(other);
    assertThat(items.getFirst().kind()).isEqualTo(NotificationKind.EXPLOITATION_COPY);
  }
}
