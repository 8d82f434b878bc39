package org.lantern.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lantern.access.CurrentUser;
import org.lantern.access.Directory;
import org.lantern.access.NewUser;
import org.lantern.access.RelationshipKind;
import org.lantern.access.Relationships;
import org.lantern.access.Role;
import org.lantern.notify.Inbox;
import org.lantern.notify.InboxItem;
import org.lantern.notify.NotificationKind;
import org.lantern.people.ChildFile;
import org.lantern.people.ChildSummary;
import org.lantern.people.ChronologyEntry;
import org.lantern.testing.Fixtures;
import org.lantern.testing.IntegrationTest;
import org.lantern.testing.MutableClock;
import org.lantern.testing.TestPartnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

@IntegrationTest
class ReferralRulesIntegrationTests {

  /** A moment far from today: a deadline computed from the system clock would miss it. */
  static final Instant PHONED_AT = Instant.parse("2026-03-13T16:45:00Z");

  @Autowired Fixtures fixtures;
  @Autowired ConcernSubmission submission;
  @Autowired PhoneReferrals phoneReferrals;
  @Autowired FrontDoor frontDoor;
  @Autowired Referrals referrals;
  @Autowired Inbox inbox;
  @Autowired Directory directory;
  @Autowired MutableClock clock;
  @Autowired ChildFile childFile;
  @Autowired ConcernReading reading;
  @Autowired Relationships relationships;

  TestPartnership p;
  ChildSummary child;
  CurrentUser worker;
  CurrentUser teacher;

  @BeforeEach
  void setUp() {
    clock.reset();
    p = fixtures.partnership();
    child = fixtures.child(p);
    worker = p.user(Role.FRONT_DOOR);
    teacher = p.user(Role.PRACTITIONER);
  }

  @Test
  void aPhoneReferralMustBeConfirmedWithin48HoursOfTheInjectedClock() {
    clock.set(PHONED_AT);

    UUID id = phoneReferral();

    ConcernView concern = frontDoor.open(worker, id).concern();
    assertThat(concern.channel()).isEqualTo(Channel.VERBAL);
    assertThat(concern.submittedAt()).isEqualTo(PHONED_AT);
    assertThat(concern.confirmationDueAt()).isEqualTo(PHONED_AT.plus(Duration.ofHours(48)));
    assertThat(concern.awaitingConfirmation()).isTrue();
    assertThat(concern.referrerUserId()).isEqualTo(teacher.id());
    assertThat(concern.recordedByName()).isEqualTo(worker.displayName());
  }

  @Test
  void aWrittenConcernHasNoConfirmationClock() {
    UUID id = fixtures.concern(teacher, child);

    ConcernView concern = frontDoor.open(worker, id).concern();
    assertThat(concern.confirmationDueAt()).isNull();
    assertThat(concern.awaitingConfirmation()).isFalse();
  }

  static Stream<Arguments> confirmationClock() {
    return Stream.of(
        Arguments.of(Duration.ZERO, false),
        Arguments.of(Duration.ofHours(47).plusMinutes(59).plusSeconds(59), false),
        Arguments.of(Duration.ofHours(48), false),
        Arguments.of(Duration.ofHours(48).plusSeconds(1), true),
        Arguments.of(Duration.ofDays(5), true));
  }

  @ParameterizedTest(name = "{0} after the call: overdue {1}")
  @MethodSource("confirmationClock")
  void theConfirmationIsOverdueOnlyOnce48HoursHavePassed(Duration after, boolean overdue) {
    clock.set(PHONED_AT);
    UUID id = phoneReferral();

    clock.advance(after);

    ConcernView concern = frontDoor.open(worker, id).concern();
    assertThat(concern.confirmationOverdue(clock.instant())).isEqualTo(overdue);
    assertThat(referrals.counts(teacher))
        .isEqualTo(new Referrals.ReferralCounts(1, overdue ? 1 : 0));
  }

  @Test
  void aConfirmedPhoneReferralIsNeverOverdue() {
    clock.set(PHONED_AT);
    UUID id = phoneReferral();
    referrals.confirm(teacher, id, "What I saw, in writing.");

    clock.advance(Duration.ofDays(3));

    assertThat(frontDoor.open(worker, id).concern().confirmationOverdue(clock.instant())).isFalse();
    assertThat(referrals.counts(teacher)).isEqualTo(new Referrals.ReferralCounts(0, 0));
  }

  @Test
  void theReferrerIsAskedToConfirmAndHearsTheOutcomeOnlyOnceTheyHave() {
    UUID id = phoneReferral();
    assertThat(kinds(teacher, id)).containsExactly(NotificationKind.CONFIRM_PHONE_REFERRAL);

    frontDoor.decide(
        worker, id, versionOf(id), ThresholdDecision.EARLY_HELP, "Early help offer", null);

    assertThat(kinds(teacher, id)).containsExactly(NotificationKind.CONFIRM_PHONE_REFERRAL);
    assertThat(referrals.one(teacher, id).concern().referrerMayBeTold()).isFalse();

    referrals.confirm(teacher, id, "What I saw, in writing.");

    assertThat(kinds(teacher, id))
        .containsExactlyInAnyOrder(
            NotificationKind.CONFIRM_PHONE_REFERRAL, NotificationKind.REFERRAL_DECIDED);
    ConcernView told = referrals.one(teacher, id).concern();
    assertThat(told.referrerMayBeTold()).isTrue();
    assertThat(told.decision()).isEqualTo(ThresholdDecision.EARLY_HELP);
  }

  @Test
  void aPhoneReferralConfirmedBeforeTheDecisionIsToldOfItWhenItComes() {
    UUID id = phoneReferral();
    referrals.confirm(teacher, id, "What I saw, in writing.");
    assertThat(kinds(teacher, id)).containsExactly(NotificationKind.CONFIRM_PHONE_REFERRAL);

    frontDoor.decide(
        worker, id, versionOf(id), ThresholdDecision.NO_FURTHER_ACTION, "Advice", null);

    assertThat(kinds(teacher, id))
        .containsExactlyInAnyOrder(
            NotificationKind.CONFIRM_PHONE_REFERRAL, NotificationKind.REFERRAL_DECIDED);
  }

  @Test
  void aReferrerWhoAlreadyKnowsTheChildCannotReadTheOutcomeOfAnUnconfirmedPhoneReferral() {
    UUID written = fixtures.concern(teacher, child);
    frontDoor.decide(
        worker,
        written,
        versionOf(written),
        ThresholdDecision.NO_FURTHER_ACTION,
        "Advice given",
        null);
    UUID phoned = phoneReferral();
    String reasons = "Two older men, a car, after school: police and health to meet.";
    frontDoor.decide(
        worker, phoned, versionOf(phoned), ThresholdDecision.STRATEGY_DISCUSSION, reasons, null);
    CurrentUser coordinator = p.user(Role.EXPLOITATION_COORDINATOR);
    CurrentUser socialWorker = p.user(Role.SOCIAL_WORKER);
    relationships.link(child.id(), socialWorker.id(), RelationshipKind.ALLOCATED_WORKER);

    // The teacher may read the child's record (their written referral), but not the phone
    // referral's outcome: not on the record, not on the concern.
    ChildFile.View record = childFile.open(teacher, child.id());
    assertThat(entry(record.entries(), phoned).outcome())
        .isEqualTo("Awaiting your written confirmation");
    assertThat(entry(record.entries(), written).outcome()).isEqualTo("No further action or advice");
    assertThat(record.toString()).doesNotContain("Child protection strategy discussion");
    ConcernFile file = reading.open(teacher, phoned);
    ConcernView unconfirmed = file.concern();
    assertThat(unconfirmed.status()).isEqualTo(ConcernStatus.NEW);
    assertThat(unconfirmed.isDecided()).isFalse();
    assertThat(unconfirmed.decision()).isNull();
    assertThat(unconfirmed.decisionReasons()).isNull();
    assertThat(unconfirmed.decidedByName()).isNull();
    assertThat(unconfirmed.decidedAt()).isNull();
    assertThat(entry(file.chronology(), phoned).outcome())
        .isEqualTo("Awaiting your written confirmation");
    assertThat(file.toString())
        .doesNotContain(reasons)
        .doesNotContain("STRATEGY_DISCUSSION")
        .doesNotContain("Child protection strategy discussion");
    assertThat(referrals.one(teacher, phoned).toString())
        .doesNotContain(reasons)
        .doesNotContain("STRATEGY_DISCUSSION");

    // Everyone else who may see the child sees the decision.
    for (CurrentUser other : List.of(worker, coordinator, socialWorker)) {
      ConcernFile seen =
          other == worker ? frontDoor.open(worker, phoned) : reading.open(other, phoned);
      assertThat(seen.concern().decision())
          .as(other.role().name())
          .isEqualTo(ThresholdDecision.STRATEGY_DISCUSSION);
      assertThat(seen.concern().decisionReasons()).as(other.role().name()).isEqualTo(reasons);
      assertThat(entry(seen.chronology(), phoned).outcome())
          .as(other.role().name())
          .isEqualTo("Child protection strategy discussion");
      assertThat(entry(childFile.open(other, child.id()).entries(), phoned).outcome())
          .as(other.role().name())
          .isEqualTo("Child protection strategy discussion");
    }

    // Once the teacher confirms in writing, they see it too.
    referrals.confirm(teacher, phoned, "What I saw, in writing.");

    assertThat(entry(childFile.open(teacher, child.id()).entries(), phoned).outcome())
        .isEqualTo("Child protection strategy discussion");
    ConcernView confirmed = reading.open(teacher, phoned).concern();
    assertThat(confirmed.decision()).isEqualTo(ThresholdDecision.STRATEGY_DISCUSSION);
    assertThat(confirmed.decisionReasons()).isEqualTo(reasons);
    assertThat(confirmed.decidedByName()).isEqualTo(worker.displayName());
  }

  @Test
  void aReferrerIsNotToldThatTheirUnconfirmedPhoneReferralIsStillUndecided() {
    fixtures.concern(teacher, child);
    UUID phoned = phoneReferral();

    assertThat(entry(childFile.open(teacher, child.id()).entries(), phoned).outcome())
        .isEqualTo("Awaiting your written confirmation");
    assertThat(entry(childFile.open(worker, child.id()).entries(), phoned).outcome())
        .isEqualTo("Awaiting front-door decision");
  }

  @Test
  void theReferrerOfAWrittenConcernIsToldOfTheDecisionAtOnce() {
    UUID id = fixtures.concern(teacher, child);
    assertThat(kinds(teacher, id)).isEmpty();

    frontDoor.decide(
        worker, id, versionOf(id), ThresholdDecision.STRATEGY_DISCUSSION, "Strategy", null);

    assertThat(kinds(teacher, id)).containsExactly(NotificationKind.REFERRAL_DECIDED);
  }

  @Test
  void theSecondOfTwoDecisionsOnTheSameVersionIsRefusedAndTheFirstStands() {
    UUID id = fixtures.concern(teacher, child, RiskIndicator.MISSING);
    CurrentUser other = anotherFrontDoorWorker();
    long version = versionOf(id);

    frontDoor.decide(worker, id, version, ThresholdDecision.EARLY_HELP, "First: early help", null);

    assertThatThrownBy(
            () ->
                frontDoor.decide(
                    other,
                    id,
                    version,
                    ThresholdDecision.STRATEGY_DISCUSSION,
                    "Second: strategy",
                    null))
        .isInstanceOfSatisfying(
            ConcernChangedException.class,
            e -> assertThat(e.current().decision()).isEqualTo(ThresholdDecision.EARLY_HELP));

    ConcernView stored = frontDoor.open(worker, id).concern();
    assertThat(stored.status()).isEqualTo(ConcernStatus.DECIDED);
    assertThat(stored.decision()).isEqualTo(ThresholdDecision.EARLY_HELP);
    assertThat(stored.decisionReasons()).isEqualTo("First: early help");
    assertThat(stored.decidedByName()).isEqualTo(worker.displayName());
    assertThat(kinds(teacher, id)).containsExactly(NotificationKind.REFERRAL_DECIDED);
  }

  @Test
  void aDecidedConcernCannotBeDecidedAgainEvenWithItsNewVersion() {
    UUID id = fixtures.concern(teacher, child);
    frontDoor.decide(worker, id, versionOf(id), ThresholdDecision.EARLY_HELP, "First", null);

    assertThatThrownBy(
            () ->
                frontDoor.decide(
                    worker, id, versionOf(id), ThresholdDecision.NO_FURTHER_ACTION, "Again", null))
        .isInstanceOf(ConcernChangedException.class);

    assertThat(frontDoor.open(worker, id).concern().decision())
        .isEqualTo(ThresholdDecision.EARLY_HELP);
  }

  @Test
  void twoWorkersDecidingAtTheSameMomentCannotBothWin() throws Exception {
    CurrentUser other = anotherFrontDoorWorker();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        UUID id = fixtures.concern(teacher, child);
        long version = versionOf(id);
        CountDownLatch start = new CountDownLatch(1);
        Future<Throwable> first =
            threads.submit(
                () -> decideWhenStarted(start, worker, id, version, ThresholdDecision.EARLY_HELP));
        Future<Throwable> second =
            threads.submit(
                () ->
                    decideWhenStarted(
                        start, other, id, version, ThresholdDecision.STRATEGY_DISCUSSION));
        start.countDown();
        List<Throwable> outcomes =
            List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));

        List<Throwable> failures = outcomes.stream().filter(t -> t != NO_ERROR).toList();
        assertThat(failures).as("round %d", round).hasSize(1);
        assertThat(failures.getFirst())
            .isInstanceOfAny(
                ConcernChangedException.class, ObjectOptimisticLockingFailureException.class);
        ThresholdDecision winner =
            outcomes.get(0) == NO_ERROR
                ? ThresholdDecision.EARLY_HELP
                : ThresholdDecision.STRATEGY_DISCUSSION;
        ConcernView stored = frontDoor.open(worker, id).concern();
        assertThat(stored.decision()).isEqualTo(winner);
        assertThat(stored.decisionReasons()).isEqualTo(winner.name());
        assertThat(kinds(teacher, id)).containsExactly(NotificationKind.REFERRAL_DECIDED);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static final Throwable NO_ERROR = new Throwable("no error");

  private Throwable decideWhenStarted(
      CountDownLatch start, CurrentUser who, UUID id, long version, ThresholdDecision decision)
      throws InterruptedException {
    start.await();
    try {
      frontDoor.decide(who, id, version, decision, decision.name(), null);
      return NO_ERROR;
    } catch (RuntimeException e) {
      return e;
    }
  }

  private UUID phoneReferral() {
    return phoneReferrals.fromAccount(
        worker,
        teacher.id(),
        "01234 567890",
        ChildChoice.existing(child.id()),
        new ConcernContent(
            "Phoned in: seen getting into a car with two older men after school.",
            LocalDate.of(2026, 3, 12),
            "School gates",
            false,
            Set.of(RiskIndicator.OLDER_PARTNER)),
        UUID.randomUUID().toString(),
        List.of());
  }

  private static ChronologyEntry entry(List<ChronologyEntry> entries, UUID concernId) {
    return entries.stream()
        .filter(e -> e.link() != null && e.link().endsWith("/" + concernId))
        .findFirst()
        .orElseThrow();
  }

  private long versionOf(UUID concernId) {
    return frontDoor.open(worker, concernId).concern().version();
  }

  private List<NotificationKind> kinds(CurrentUser user, UUID concernId) {
    return inbox.page(user, Inbox.Query.all()).items().rows().stream()
        .filter(i -> i.concern().id().equals(concernId))
        .map(InboxItem::kind)
        .toList();
  }

  private CurrentUser anotherFrontDoorWorker() {
    String username = "front-door-2-" + p.suffix();
    UUID id =
        directory.createUser(
            new NewUser(
                username,
                "Second front door worker",
                username + "@test.invalid",
                TestPartnership.PASSWORD,
                Role.FRONT_DOOR,
                p.councilId(),
                null));
    return new CurrentUser(
        id,
        username,
        "Second front door worker",
        Role.FRONT_DOOR,
        worker.agencyId(),
        worker.agencyName(),
        p.id(),
        null);
  }
}
